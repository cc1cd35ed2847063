import type { ComponentProps } from "react";
import { Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { EMAIL_MAX } from "@/lib/accounts/fields";

/** The sign-in forms' e-mail address field; `input` is the form's registration of "email". */
export function EmailField({ input, hint, error }: { input: ComponentProps<"input">; hint: string; error: string | undefined }) {
  return (
    <Field id="email" label="Uw e-mailadres" hint={hint} error={error}>
      <input
        {...input}
        {...fieldA11y("email", error, "hint")}
        type="email"
        inputMode="email"
        autoComplete="email"
        maxLength={EMAIL_MAX}
        className={INPUT_STYLES}
      />
    </Field>
  );
}
