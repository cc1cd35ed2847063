import { CHECKBOX_STYLES } from "@/components/forms/field";
import { SMILEYS, YES_NO } from "@/lib/surveys/fields";
import type { SurveyQuestion } from "@/lib/surveys/queries/survey";

type Choice = { value: string; picture: string; word: string };

export function choicesOf(question: Pick<SurveyQuestion, "kind" | "options">): Choice[] {
  if (question.kind === "smiley") return SMILEYS.map((s) => ({ value: s.value, picture: s.face, word: s.word }));
  if (question.kind === "janee") return YES_NO.map((s) => ({ value: s.value, picture: s.face, word: s.word }));
  return question.options.map((option, i) => ({ value: String(i), picture: option.picture, word: option.label }));
}

/**
 * The answers of one question as big tiles: a picture and always the word beside it. Smileys and
 * yes/no and one choice are radio buttons, several choices checkboxes; text a text box.
 */
export function AnswerChoices({ question, name, describedBy }: { question: Pick<SurveyQuestion, "kind" | "options" | "prompt">; name: string; describedBy?: string }) {
  if (question.kind === "tekst" || question.kind === "verder") {
    return (
      <textarea
        name={name}
        rows={4}
        aria-label={question.prompt}
        aria-describedby={describedBy}
        className="block min-h-12 w-full rounded-lg border-2 border-gray-500 bg-white px-3 py-2 text-lg"
      />
    );
  }
  const type = question.kind === "meer" ? "checkbox" : "radio";
  return (
    <div className={question.kind === "smiley" ? "grid grid-cols-1 gap-2 sm:grid-cols-5" : "grid gap-2"}>
      {choicesOf(question).map((choice) => (
        <label key={choice.value} className="flex min-h-14 cursor-pointer items-center gap-3 rounded-xl border-2 border-gray-300 bg-white p-3 text-lg has-[:checked]:border-brand has-[:checked]:bg-brand-light">
          <input type={type} name={name} value={choice.value} className={CHECKBOX_STYLES} aria-describedby={describedBy} />
          {choice.picture && (
            <span aria-hidden="true" className="text-3xl">
              {choice.picture}
            </span>
          )}
          <span>{choice.word}</span>
        </label>
      ))}
    </div>
  );
}
