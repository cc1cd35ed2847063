"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import type { BUTTON_STYLES } from "@/components/ui/button";
import type { FormState } from "@/lib/platform/forms/action-result";

/**
 * One button that posts hidden fields to a server action and shows the answer below it.
 * A plain form: it works the same without JavaScript, and a double click is harmless.
 */
export function ActionButtonForm({
  action,
  fields,
  label,
  variant = "primary",
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: Record<string, string | number>;
  label: React.ReactNode;
  variant?: keyof typeof BUTTON_STYLES;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton pending={pending} variant={variant}>
        {label}
      </SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
