"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { unsubscribeAction } from "@/lib/notifications/actions/notifications";

/** The question and one button; a plain form, so it works without JavaScript too. Once done, only the answer stays. */
export function UnsubscribeForm({ token, what }: { token: string; what: string }) {
  const [state, formAction, pending] = useActionState(unsubscribeAction, null);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      {!state?.ok && (
        <>
          <p>Wilt u geen {what} meer krijgen? Klik dan op de knop.</p>
          <SubmitButton pending={pending}>Ja, meld mij af</SubmitButton>
        </>
      )}
      <FormStatus state={state} />
    </form>
  );
}
