"use client";

import { Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { signInWithCodeAction } from "@/lib/accounts/actions/accounts";
import { SIGN_IN_CODE_INPUT_MAX } from "@/lib/accounts/fields";
import { EmailField } from "./email-field";

/**
 * The code from the sign-in mail. `email`: the address that asked the link on this device; without
 * it (another device) the form asks for the address too.
 */
export function SignInCodeForm({ email }: { email: string | null }) {
  const { field, state, pending, errorOf, formProps } = useServerForm({
    schema: () => import("@/lib/accounts/schema").then((m) => m.signInCodeSchema),
    action: signInWithCodeAction,
    defaultValues: { email: email ?? "", code: "" },
  });
  const emailError = errorOf("email");
  const codeError = errorOf("code");
  return (
    <form {...formProps} className="space-y-4">
      {email ? (
        <input type="hidden" {...field("email")} />
      ) : (
        <EmailField input={field("email")} hint="Het adres waar de mail naartoe ging." error={emailError} />
      )}
      <Field id="code" label="Code uit de mail" hint="6 cijfers, bijvoorbeeld 123 456." error={codeError}>
        <input
          {...field("code")}
          {...fieldA11y("code", codeError, "hint")}
          type="text"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={SIGN_IN_CODE_INPUT_MAX}
          className={`${INPUT_STYLES} max-w-48 text-2xl tracking-widest`}
        />
      </Field>
      <FormStatus state={state} />
      <SubmitButton pending={pending}>Inloggen met de code</SubmitButton>
    </form>
  );
}
