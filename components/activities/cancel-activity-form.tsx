"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { cancelActivityAction } from "@/lib/activities/actions/staff";

/** Calls the activity off; the text says plainly who will get a mail. */
export function CancelActivityForm({ activityId }: { activityId: number }) {
  const [state, action, pending] = useActionState(cancelActivityAction, null);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="activityId" value={activityId} />
      <p>Gaat de activiteit niet door? Iedereen die is aangemeld of op de wachtlijst staat, krijgt dan een mail (of een sms, zonder e-mailadres).</p>
      <FormStatus state={state} done={{ id: "afgelasten", text: "De activiteit is afgelast. Iedereen die zich aanmeldde krijgt bericht." }} />
      {!state?.ok && (
        <SubmitButton pending={pending} variant="danger">
          Activiteit afgelasten
        </SubmitButton>
      )}
    </form>
  );
}
