"use client";

import { Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { addFeedbackAction } from "@/lib/projects/actions/participation";
import { FEEDBACK_OUTCOMES, OUTCOME_LABELS, REASON_MAX, TOPIC_MAX } from "@/lib/projects/fields";
import type { FeedbackInput } from "@/lib/projects/schema";

/** One point of "wat doen we ermee": the question or topic, overgenomen / deels / niet, and why. */
export function FeedbackForm({ projectId }: { projectId: number }) {
  const { form, state, pending, errorOf, formProps, field } = useServerForm<FeedbackInput>({
    schema: () => import("@/lib/projects/schema").then((m) => m.feedbackSchema),
    action: addFeedbackAction,
    defaultValues: { projectId, topic: "", outcome: "overgenomen", reason: "" },
  });
  const outcomeError = errorOf("outcome");
  return (
    <form {...formProps} className="space-y-4">
      <input type="hidden" name="projectId" value={projectId} />
      <Field id="topic" label="Over welke vraag of welk punt?" error={errorOf("topic")}>
        <input {...field("topic")} {...fieldA11y("topic", errorOf("topic"))} maxLength={TOPIC_MAX + 20} className={INPUT_STYLES} />
      </Field>
      <fieldset className="space-y-1" aria-describedby="outcome-error">
        <legend className="font-bold">Wat doen wij ermee?</legend>
        {FEEDBACK_OUTCOMES.map((outcome) => (
          <label key={outcome} className="flex min-h-11 items-center gap-3">
            <input type="radio" {...form.register("outcome")} value={outcome} defaultChecked={outcome === "overgenomen"} className="h-7 w-7 accent-brand" />
            <span aria-hidden="true">{OUTCOME_LABELS[outcome].picture}</span> {OUTCOME_LABELS[outcome].word}
          </label>
        ))}
        <p id="outcome-error" className="font-semibold text-danger" aria-live="polite">
          {outcomeError ?? ""}
        </p>
      </fieldset>
      <Field id="reason" label="Waarom? In gewone woorden." error={errorOf("reason")}>
        <textarea {...field("reason")} {...fieldA11y("reason", errorOf("reason"))} rows={3} maxLength={REASON_MAX + 100} className={INPUT_STYLES} />
      </Field>
      <FormStatus state={state} />
      <SubmitButton pending={pending}>Punt toevoegen</SubmitButton>
    </form>
  );
}
