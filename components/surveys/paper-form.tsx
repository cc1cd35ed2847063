"use client";

import { useActionState } from "react";
import { Field, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { Options, type Option } from "@/components/forms/options";
import { SubmitButton } from "@/components/forms/submit-button";
import { AnswerChoices } from "@/components/surveys/answer-choices";
import type { FormState } from "@/lib/platform/forms/action-result";
import { AGE_GROUP_LABELS, AGE_GROUPS } from "@/lib/surveys/fields";
import type { SurveyQuestion } from "@/lib/surveys/queries/survey";

type Props = {
  /** The owner's action (a project's, the buurtmonitor's): it checks who may and which survey. */
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** What names the survey to the action, e.g. { projectId } or { year, wijkId }. */
  hidden: Record<string, string | number>;
  questions: SurveyQuestion[];
  /** The wijk to choose, unless the survey is one wijk's own (then left out). */
  wijken?: Option[];
};

/** One paper form at a time, all questions on one screen; left empty on paper is left empty here. */
export function PaperForm({ action, hidden, questions, wijken }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const errorOf = (name: string) => (state && !state.ok ? state.fieldErrors[name]?.[0] : undefined);
  return (
    <form action={formAction} className="space-y-5">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {questions.map((question, n) => (
        <fieldset key={question.id} className="space-y-2 rounded-xl border-2 border-gray-200 p-3" aria-describedby={`q${question.id}-error`}>
          <legend className="px-1 font-bold">
            {n + 1}. {question.prompt}
          </legend>
          <AnswerChoices question={question} name={`q${question.id}`} />
          <p id={`q${question.id}-error`} className="font-semibold text-danger" aria-live="polite">
            {errorOf(`q${question.id}`) ?? ""}
          </p>
        </fieldset>
      ))}
      {wijken && (
        <Field id="wijkId" label="Wijk (als ingevuld op papier)" error={errorOf("wijkId")}>
          <select id="wijkId" name="wijkId" defaultValue="" className={INPUT_STYLES} aria-describedby="wijkId-error">
            <Options empty="Niet ingevuld" options={wijken} />
          </select>
        </Field>
      )}
      <Field id="ageGroup" label="Leeftijd (als ingevuld op papier)" error={errorOf("ageGroup")}>
        <select id="ageGroup" name="ageGroup" defaultValue="" className={INPUT_STYLES} aria-describedby="ageGroup-error">
          <Options empty="Niet ingevuld" options={AGE_GROUPS.map((group) => ({ id: group, name: AGE_GROUP_LABELS[group] }))} />
        </select>
      </Field>
      <FormStatus state={state} />
      <SubmitButton pending={pending}>Papieren antwoord opslaan</SubmitButton>
    </form>
  );
}
