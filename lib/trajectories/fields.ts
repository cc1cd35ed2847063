/*
 * The limits of the trajectory forms. Zod-free: client components import this module; schema.ts
 * builds its checks from the same constants.
 */
import type { TrajectoryKind, TrajectoryOutcome } from "@/db/enums";

export const NOTE_MAX = 1000;
export const FIRST_NAME_MAX = 40;
export const HOURS_MIN = 1;
export const HOURS_MAX = 40;
export const STEP_MIN = 1;
export const STEP_MAX = 6;
/** A review is due this many months after the start and after each review. */
export const REVIEW_EVERY_MONTHS = 6;

export const KIND_LABELS: Record<TrajectoryKind, string> = {
  vrijwillig: "Vrijwillig",
  tegenprestatie: "Tegenprestatie",
  sociale_activering: "Sociale activering",
};

export const OUTCOME_LABELS: Record<TrajectoryOutcome, string> = {
  trede_omhoog: "Een trede omhoog op de ladder",
  betaald_werk: "Betaald werk",
  gestopt: "Gestopt",
  anders: "Anders",
};

/** The six steps of the participatieladder. */
export const LADDER_STEPS: Record<number, string> = {
  1: "1. Geïsoleerd",
  2: "2. Sociale contacten buiten de deur",
  3: "3. Deelname aan georganiseerde activiteiten",
  4: "4. Onbetaald werk",
  5: "5. Betaald werk met ondersteuning",
  6: "6. Betaald werk",
};

/** What the coach did with the file, as the client reads it on /account. */
export const ACCESS_LABELS = {
  bekeken: "bekeek uw dossier",
  gestart: "begon het traject",
  evaluatie: "schreef een evaluatie",
  notitie: "schreef een notitie",
  plek: "stuurde u een plek om te helpen",
  aangemeld: "meldde u aan voor een plek om te helpen",
  beeindigd: "sloot het traject af",
} as const;
export type AccessKind = keyof typeof ACCESS_LABELS;
