"use client";

import { useActionState, useId } from "react";
import { CHECKBOX_STYLES, Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { reportActivityAction } from "@/lib/activities/actions/organizer";
import { reportAction } from "@/lib/initiatives/actions/moderation";
import { REPORT_NOTE_MAX, REPORT_REASON_LABELS, REPORT_REASON_OPTIONS } from "@/lib/initiatives/fields";

type Target = { initiativeId: number; commentId?: number; activityId?: never } | { activityId: number; initiativeId?: never; commentId?: never };

/** "Melden" behind a fold-out, for an idea, one comment or an initiator's activity. Works without JavaScript. */
export function ReportForm({ initiativeId, commentId, activityId, what }: Target & { what: string }) {
  const [state, action, pending] = useActionState(activityId ? reportActivityAction : reportAction, null);
  const id = useId();
  const failed = state && !state.ok ? state : null;
  const reasonError = failed?.fieldErrors.reason?.[0];
  const noteError = failed?.fieldErrors.note?.[0];
  return (
    <details className="text-base">
      <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-brand underline">Meld {what}</summary>
      <form action={action} className="mt-2 space-y-3 rounded-lg border-2 border-gray-300 p-3">
        {activityId ? <input type="hidden" name="activityId" value={activityId} /> : <input type="hidden" name="initiativeId" value={initiativeId} />}
        {commentId && <input type="hidden" name="commentId" value={commentId} />}
        <fieldset aria-describedby={reasonError ? `${id}-reason-error` : undefined} className="space-y-1">
          <legend className="font-bold">Wat is er mis?</legend>
          {REPORT_REASON_OPTIONS.map((reason) => (
            <label key={reason} className="flex min-h-11 items-center gap-3">
              <input type="radio" name="reason" value={reason} defaultChecked={failed?.values?.reason === reason} className={CHECKBOX_STYLES} />
              {REPORT_REASON_LABELS[reason]}
            </label>
          ))}
          <p id={`${id}-reason-error`} className="font-semibold text-danger" aria-live="polite">
            {reasonError ?? ""}
          </p>
        </fieldset>
        <Field id={`${id}-note`} label="Uitleg (mag u leeg laten)" hint={`Hoogstens ${REPORT_NOTE_MAX} tekens.`} error={noteError}>
          <textarea name="note" rows={2} defaultValue={failed?.values?.note} {...fieldA11y(`${id}-note`, noteError, "hint")} className={INPUT_STYLES} />
        </Field>
        <SubmitButton pending={pending} variant="secondary">
          Melding versturen
        </SubmitButton>
        <FormStatus state={state} />
      </form>
    </details>
  );
}
