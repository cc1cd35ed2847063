import type { Leefgebied } from "@/db/enums";

// Re-exported for the layers above lib/, which may not import db/ themselves.
export { LEEFGEBIEDEN, type Leefgebied } from "@/db/enums";

/** The three leefgebieden of the Heerlen-Noord programme, as people say them. */
export const LEEFGEBIED_LABELS: Record<Leefgebied, string> = {
  "gezond-sociaal-veilig": "Gezond, sociaal en veilig",
  "onderwijs-werk": "Onderwijs en werk",
  "wonen-ruimte": "Wonen en ruimte",
};
