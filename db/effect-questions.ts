import type { QuestionKind } from "./enums";
import type { QuestionOption } from "./schema";

// The fixed questions of issue 25 (lib/effect/questions.ts), here so the demo data can write them
// too (db/ imports nothing from lib/).

export type FixedQuestion = { kind: QuestionKind; prompt: string; options: QuestionOption[] };

const plain = (...labels: string[]) => labels.map((label) => ({ picture: "", label }));

/** "Hoe was het?": three questions after an activity, one screen each. */
export const FEEDBACK_QUESTIONS: FixedQuestion[] = [
  { kind: "smiley", prompt: "Hoe vond u de activiteit?", options: [] },
  { kind: "een", prompt: "Heeft u nieuwe buren leren kennen?", options: plain("Nee", "1 nieuwe buur", "2 tot 5", "Meer dan 5") },
  {
    kind: "een",
    prompt: "Komt u nog eens?",
    options: [
      { picture: "👍", label: "Ja" },
      { picture: "🤔", label: "Misschien" },
      { picture: "👎", label: "Nee" },
    ],
  },
];

/** The five points of the monitor's scale, from agree to disagree; the first two count as "eens". */
export const SCALE = ["Helemaal mee eens", "Mee eens", "Niet eens en niet oneens", "Niet mee eens", "Helemaal niet mee eens"] as const;

/** The statements of the buurtmonitor, in the style of the CBS statements on social cohesion. */
export const MONITOR_STATEMENTS = [
  "Ik voel me thuis in deze buurt.",
  "De mensen in deze buurt kennen elkaar nauwelijks.",
  "Ik heb veel contact met andere buurtbewoners.",
  "Mensen in deze buurt zijn te vertrouwen.",
  "De mensen hier gaan op een prettige manier met elkaar om.",
  "Ik woon in een gezellige buurt waar mensen elkaar helpen.",
] as const;

export const PARTICIPATION_PROMPT = "Deed u het afgelopen jaar mee aan een activiteit van Burgers maken?";

/** Six statements on the five-point scale, then whether one took part in an activity. */
export const MONITOR_QUESTIONS: FixedQuestion[] = [
  ...MONITOR_STATEMENTS.map((prompt) => ({ kind: "een" as const, prompt, options: plain(...SCALE) })),
  { kind: "janee", prompt: PARTICIPATION_PROMPT, options: [] },
];
