"use client";

import { useActionState } from "react";
import { Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { blockAccountAction, unblockAccountAction } from "@/lib/accounts/actions/accounts";
import { BLOCK_REASON_MAX } from "@/lib/accounts/fields";

/** Blocks an account, or lifts its block; either way with a reason for the logbook. */
export function BlockForm({ userId, name, blocked }: { userId: string; name: string; blocked: boolean }) {
  const [state, action, pending] = useActionState(blocked ? unblockAccountAction : blockAccountAction, null);
  const failed = state && !state.ok ? state : null;
  const id = `reason-${userId}`;
  const error = failed?.fieldErrors.reason?.[0];
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="userId" value={userId} />
      <Field id={id} label={blocked ? `Waarom mag ${name} weer meedoen?` : `Waarom blokkeert u ${name}?`} error={error}>
        <input name="reason" maxLength={BLOCK_REASON_MAX} defaultValue={failed?.values?.reason} {...fieldA11y(id, error)} className={INPUT_STYLES} />
      </Field>
      <SubmitButton pending={pending} variant={blocked ? "secondary" : "danger"}>
        {blocked ? "Blokkade opheffen" : "Account blokkeren"}
      </SubmitButton>
      <FormStatus state={state} done={{ id: "blokkade", text: blocked ? "Het account is geblokkeerd. De bewoner kan niet meer inloggen." : "De blokkade is opgeheven. De bewoner kan weer inloggen." }} />
    </form>
  );
}
