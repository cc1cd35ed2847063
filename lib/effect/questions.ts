import { FEEDBACK_QUESTIONS as FEEDBACK, MONITOR_QUESTIONS as MONITOR, type FixedQuestion } from "@/db/effect-questions";
import type { QuestionData } from "@/lib/surveys/schema";

// The fixed questions of issue 25 (defined in db/effect-questions.ts), as the question engine
// (lib/surveys/) takes them: options one a line, the picture first.

export { MONITOR_STATEMENTS } from "@/db/effect-questions";

const asData = (question: FixedQuestion): QuestionData => ({
  kind: question.kind,
  prompt: question.prompt,
  options: question.options.map((option) => `${option.picture} ${option.label}`.trim()).join("\n"),
});

export const FEEDBACK_QUESTIONS: QuestionData[] = FEEDBACK.map(asData);
export const MONITOR_QUESTIONS: QuestionData[] = MONITOR.map(asData);

/** Answers "Helemaal mee eens" and "Mee eens" (options 0 and 1) count as agreeing. */
export const AGREE_VALUES = ["0", "1"];

/** The statement the programme's own figure is about ("48% vertrouwt andere buurtbewoners"). */
export const TRUST_STATEMENT = 3;
export const PROGRAMME_TRUST_PERCENT = 48;
