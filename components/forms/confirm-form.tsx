"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/forms/action-result";
import { FormStatus } from "./form-status";
import { SubmitButton } from "./submit-button";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** Hidden fields the action needs, such as the confirmation or the personal link's token. */
  fields: Record<string, string>;
  label: string;
};

/** One red button that confirms a step that cannot be undone; works without JavaScript too. */
export function ConfirmForm({ action, fields, label }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-3">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormStatus state={state} />
      <SubmitButton pending={pending} variant="danger">
        {label}
      </SubmitButton>
    </form>
  );
}
