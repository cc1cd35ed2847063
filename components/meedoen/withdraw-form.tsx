"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { withdrawTakeAction } from "@/lib/meedoen/actions/places";

/** One button: the signed-in person cannot come after all. */
export function WithdrawForm({ takeId, label }: { takeId: number; label: string }) {
  const [state, action, pending] = useActionState(withdrawTakeAction, null);
  if (state?.ok) return <FormStatus state={state} />;
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="takeId" value={takeId} />
      <FormStatus state={state} />
      <SubmitButton pending={pending} variant="secondary">
        {label}
      </SubmitButton>
    </form>
  );
}
