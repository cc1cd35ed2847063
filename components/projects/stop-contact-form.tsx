"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { stopContactAction } from "@/lib/projects/actions/contact";

/** One button; a plain form, so it works without JavaScript. Opening the page changes nothing. */
export function StopContactForm({ token }: { token: string }) {
  const [state, formAction, pending] = useActionState(stopContactAction, null);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      {!state?.ok && (
        <>
          <p>Wilt u geen bericht meer over dit project? Dan wissen wij uw e-mailadres of nummer meteen.</p>
          <SubmitButton pending={pending}>Ja, haal mij van de lijst</SubmitButton>
        </>
      )}
      <FormStatus state={state} />
    </form>
  );
}
