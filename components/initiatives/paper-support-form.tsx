"use client";

import { useActionState } from "react";
import { Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { registerPaperSupportAction } from "@/lib/initiatives/actions/moderation";
import { PAPER_COUNT_MAX } from "@/lib/initiatives/fields";

/** Support collected on a paper list, counted apart from online backings. */
export function PaperSupportForm({ initiativeId }: { initiativeId: number }) {
  const [state, action, pending] = useActionState(registerPaperSupportAction, null);
  const failed = state && !state.ok ? state : null;
  const countError = failed?.fieldErrors.count?.[0];
  const namesError = failed?.fieldErrors.names?.[0];
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="initiativeId" value={initiativeId} />
      <Field id="paper-count" label="Aantal mensen op de lijst" hint={`Van 1 tot ${PAPER_COUNT_MAX}.`} error={countError}>
        <input name="count" inputMode="numeric" defaultValue={failed?.values?.count} {...fieldA11y("paper-count", countError, "hint")} className={INPUT_STYLES} />
      </Field>
      <Field id="paper-names" label="Namen (mag u leeg laten; alleen buurtwerkers zien dit)" error={namesError}>
        <textarea name="names" rows={3} defaultValue={failed?.values?.names} {...fieldA11y("paper-names", namesError)} className={INPUT_STYLES} />
      </Field>
      <SubmitButton pending={pending} variant="secondary">
        Steun op papier toevoegen
      </SubmitButton>
      <FormStatus state={state} done={{ id: "papier", text: "De steun op papier is opgeslagen." }} />
    </form>
  );
}
