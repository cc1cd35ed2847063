import type { AgeGroup, QuestionKind } from "@/db/enums";

// Limits and words of the question engine, zod-free so client components may import them.

export { AGE_GROUPS, QUESTION_KINDS, type AgeGroup, type QuestionKind } from "@/db/enums";

export const PROMPT_MAX = 200;
export const OPTION_MAX = 80;
export const OPTIONS_MAX = 8;
export const TEXT_ANSWER_MAX = 500;
export const SURVEY_TITLE_MAX = 120;

export const KIND_LABELS: Record<QuestionKind, string> = {
  smiley: "Smileys: van heel slecht tot heel goed",
  een: "Eén keuze uit plaatjes",
  meer: "Meer keuzes mogen",
  janee: "Ja of nee",
  tekst: "Kort antwoord in woorden",
  verder: "Wilt u nog iets kwijt?",
};

/** The five faces, with the word that is always beside them. */
export const SMILEYS = [
  { value: "1", face: "😠", word: "Heel slecht" },
  { value: "2", face: "🙁", word: "Slecht" },
  { value: "3", face: "😐", word: "Gewoon" },
  { value: "4", face: "🙂", word: "Goed" },
  { value: "5", face: "😄", word: "Heel goed" },
] as const;

export const YES_NO = [
  { value: "ja", face: "👍", word: "Ja" },
  { value: "nee", face: "👎", word: "Nee" },
] as const;

export const AGE_GROUP_LABELS: Record<AgeGroup, string> = {
  "0-17": "Jonger dan 18",
  "18-26": "18 tot 27 jaar",
  "27-44": "27 tot 45 jaar",
  "45-66": "45 tot 67 jaar",
  "67+": "67 jaar of ouder",
};

/** Kinds whose options the team writes; the others have fixed answers or free text. */
export const hasOptions = (kind: QuestionKind) => kind === "een" || kind === "meer";

/** Free text: shown to the team only, never published as it is. */
export const isFreeText = (kind: QuestionKind) => kind === "tekst" || kind === "verder";

export const POPULATION_MAX = 1_000_000;
export const SOURCE_MAX = 200;
