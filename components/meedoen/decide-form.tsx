"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { decideTakeAction } from "@/lib/meedoen/actions/places";

/** Yes or no for one person: two buttons, one form. */
export function DecideForm({ takeId, name }: { takeId: number; name: string }) {
  const [state, action, pending] = useActionState(decideTakeAction, null);
  return (
    <form action={action} className="space-y-2" aria-label={`Ja of nee voor ${name}`}>
      <input type="hidden" name="takeId" value={takeId} />
      <FormStatus state={state} />
      {!state?.ok && (
        <div className="flex flex-wrap gap-3">
          <SubmitButton pending={pending} name="accept" value="ja">
            Ja, welkom
          </SubmitButton>
          <SubmitButton pending={pending} name="accept" value="nee" variant="secondary">
            Nee, deze keer niet
          </SubmitButton>
        </div>
      )}
    </form>
  );
}
