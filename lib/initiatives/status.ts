import type { InitiativeStatus } from "@/db/schema";

/** Statuses the public sees: published or further. These count towards the goal of 150. */
export const PUBLIC_STATUSES = ["zoekt_steun", "in_uitvoering", "gerealiseerd"] as const satisfies readonly InitiativeStatus[];

export const STATUS_LABELS: Record<InitiativeStatus, string> = {
  concept: "Concept",
  ingediend: "Ingediend",
  teruggestuurd: "Teruggestuurd",
  zoekt_steun: "Zoekt steun",
  in_uitvoering: "In uitvoering",
  gerealiseerd: "Gerealiseerd",
  afgewezen: "Afgewezen",
  ingetrokken: "Ingetrokken",
};
