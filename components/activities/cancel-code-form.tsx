"use client";

import { Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { PhoneField } from "./contact-fields";
import { cancelSignupByCodeAction } from "@/lib/activities/actions/signups";
import type { CancelCodeInput } from "@/lib/activities/schema";

const HINTS = { phone: "Bijvoorbeeld 06 12345678.", code: "6 cijfers, uit de sms." };

/**
 * The number and the code from the text message; works without JavaScript. `action`: what the code
 * cancels (an activity sign-up unless told otherwise: places to help use the same form).
 */
export function CancelCodeForm({ action = cancelSignupByCodeAction }: { action?: typeof cancelSignupByCodeAction }) {
  const { field, state, pending, errorOf, formProps } = useServerForm<CancelCodeInput>({
    schema: () => import("@/lib/activities/schema").then((m) => m.cancelCodeSchema),
    action,
    defaultValues: { phone: "", code: "" },
  });
  if (state?.ok) {
    return (
      <p role="status" className="rounded-lg border-2 border-brand bg-brand-light p-4 text-lg font-semibold">
        {state.message}
      </p>
    );
  }
  const phoneError = errorOf("phone");
  const codeError = errorOf("code");
  return (
    <form {...formProps} className="space-y-4">
      <PhoneField field={field} error={phoneError} label="Uw mobiele nummer" hint={HINTS.phone} />
      <Field id="code" label="Code uit de sms" hint={HINTS.code} error={codeError}>
        <input
          {...field("code")}
          {...fieldA11y("code", codeError, HINTS.code)}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={12}
          className={`${INPUT_STYLES} max-w-48 text-2xl tracking-widest`}
        />
      </Field>
      <FormStatus state={state} done={{ id: "afgemeld", text: "U bent afgemeld. Jammer dat u niet komt. U krijgt nog een sms." }} />
      <SubmitButton pending={pending} variant="danger">
        Meld mij af
      </SubmitButton>
    </form>
  );
}
