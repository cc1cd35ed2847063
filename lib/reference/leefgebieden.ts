// Kept apart from db/schema.ts so that forms in the browser can use it without the table definitions.
export const LEEFGEBIEDEN = ["gezond-sociaal-veilig", "onderwijs-werk", "wonen-ruimte"] as const;
export type Leefgebied = (typeof LEEFGEBIEDEN)[number];

/** The three leefgebieden of the Heerlen-Noord programme, as people say them. */
export const LEEFGEBIED_LABELS: Record<Leefgebied, string> = {
  "gezond-sociaal-veilig": "Gezond, sociaal en veilig",
  "onderwijs-werk": "Onderwijs en werk",
  "wonen-ruimte": "Wonen en ruimte",
};
