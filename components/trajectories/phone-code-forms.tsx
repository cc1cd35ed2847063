"use client";

import { useActionState } from "react";
import { Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { requestTrajectoryCodeAction, trajectoryCodeAction } from "@/lib/trajectories/actions/phone";

/** /mijn-traject: the 06-number the code goes to. */
export function PhoneNumberForm() {
  const [state, formAction, pending] = useActionState(requestTrajectoryCodeAction, null);
  const failed = state && !state.ok ? state : null;
  const error = failed?.fieldErrors.phone?.[0];
  return (
    <form action={formAction} className="space-y-4">
      <Field id="phone" label="Uw 06-nummer" hint="Wij sturen een sms met een code naar dit nummer." error={error}>
        <input name="phone" type="tel" autoComplete="tel" defaultValue={failed?.values?.phone ?? ""} {...fieldA11y("phone", error, "hint")} className={INPUT_STYLES} />
      </Field>
      <FormStatus state={state} />
      <SubmitButton pending={pending}>Stuur mij een code</SubmitButton>
    </form>
  );
}

/** The six digits from the text message. */
export function TrajectoryCodeForm({ minutes }: { minutes: number }) {
  const [state, formAction, pending] = useActionState(trajectoryCodeAction, null);
  const error = state && !state.ok ? state.fieldErrors.code?.[0] : undefined;
  return (
    <form action={formAction} className="space-y-4">
      <Field id="code" label="Code uit de sms" hint={`6 cijfers. De code werkt ${minutes} minuten.`} error={error}>
        <input name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={7} {...fieldA11y("code", error, "hint")} className={`${INPUT_STYLES} max-w-48 tracking-widest`} />
      </Field>
      <FormStatus state={state} />
      <SubmitButton pending={pending}>Open mijn traject</SubmitButton>
    </form>
  );
}
