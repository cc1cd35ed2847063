"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { unsubscribeAction } from "@/lib/notifications/actions/notifications";

/** One button; a plain form, so it works without JavaScript too. */
export function UnsubscribeForm({ token }: { token: string }) {
  const [state, formAction, pending] = useActionState(unsubscribeAction, null);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      {!state?.ok && <SubmitButton pending={pending}>Ja, meld mij af</SubmitButton>}
      <FormStatus state={state} />
    </form>
  );
}
