"use client";

import { useActionState } from "react";
import { Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { voteWithCodeAction } from "@/lib/projects/actions/vote";

/** The six digits from the text message; then the vote counts. */
export function VoteCodeForm({ projectId }: { projectId: number }) {
  const [state, formAction, pending] = useActionState(voteWithCodeAction, null);
  const codeError = state && !state.ok ? state.fieldErrors.code?.[0] : undefined;
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="projectId" value={projectId} />
      <Field id="code" label="Code uit de sms" hint="6 cijfers. De code werkt 15 minuten." error={codeError}>
        <input name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={7} {...fieldA11y("code", codeError, "hint")} className={`${INPUT_STYLES} max-w-48 tracking-widest`} />
      </Field>
      <FormStatus state={state} />
      <SubmitButton pending={pending}>Stem</SubmitButton>
    </form>
  );
}
