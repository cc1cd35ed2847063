"use client";

import { Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { Options } from "@/components/forms/options";
import { SubmitButton } from "@/components/forms/submit-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { addQuestionAction } from "@/lib/projects/actions/participation";
import { KIND_LABELS, OPTIONS_MAX, PROMPT_MAX, QUESTION_KINDS } from "@/lib/surveys/fields";
import type { QuestionInput } from "@/lib/surveys/schema";

const OPTIONS_HINT = `Alleen bij een keuze: elke keuze op een eigen regel, 2 tot ${OPTIONS_MAX}. Zet er een plaatje (emoji) voor als u wilt, bijvoorbeeld: 🌳 Meer groen.`;

/** A new question for the project's vragenlijst. */
export function QuestionForm({ projectId }: { projectId: number }) {
  const { state, pending, errorOf, formProps, field } = useServerForm<QuestionInput & { projectId: number }>({
    schema: () => import("@/lib/projects/schema").then((m) => m.projectQuestionSchema as never),
    action: addQuestionAction,
    defaultValues: { projectId, kind: "smiley", prompt: "", options: "" },
  });
  return (
    <form {...formProps} className="space-y-4">
      <input type="hidden" name="projectId" value={projectId} />
      <Field id="kind" label="Soort vraag" error={errorOf("kind")}>
        <select {...field("kind")} {...fieldA11y("kind", errorOf("kind"))} className={INPUT_STYLES}>
          <Options options={QUESTION_KINDS.map((kind) => ({ id: kind, name: KIND_LABELS[kind] }))} />
        </select>
      </Field>
      <Field id="prompt" label={`De vraag (kort, hoogstens ${PROMPT_MAX} tekens)`} error={errorOf("prompt")}>
        <input {...field("prompt")} {...fieldA11y("prompt", errorOf("prompt"))} maxLength={PROMPT_MAX + 20} className={INPUT_STYLES} />
      </Field>
      <Field id="options" label="Keuzes" hint={OPTIONS_HINT} error={errorOf("options")}>
        <textarea {...field("options")} {...fieldA11y("options", errorOf("options"), OPTIONS_HINT)} rows={5} className={INPUT_STYLES} />
      </Field>
      <FormStatus state={state} />
      <SubmitButton pending={pending}>Vraag toevoegen</SubmitButton>
    </form>
  );
}
