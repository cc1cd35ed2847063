"use client";

import { useActionState } from "react";
import { INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { registerPaperSupportAction } from "@/lib/initiatives/actions/moderation";
import { PAPER_COUNT_MAX } from "@/lib/initiatives/schema";

/** Support collected on a paper list, counted apart from online backings. */
export function PaperSupportForm({ initiativeId }: { initiativeId: number }) {
  const [state, action, pending] = useActionState(registerPaperSupportAction, null);
  const failed = state && !state.ok ? state : null;
  const countError = failed?.fieldErrors.count?.[0];
  const namesError = failed?.fieldErrors.names?.[0];
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="initiativeId" value={initiativeId} />
      <label htmlFor="paper-count" className="block font-bold">
        Aantal mensen op de lijst
      </label>
      <input
        id="paper-count"
        name="count"
        inputMode="numeric"
        defaultValue={failed?.values?.count}
        aria-invalid={countError ? true : undefined}
        aria-describedby="paper-count-hint paper-count-error"
        className={INPUT_STYLES}
      />
      <p id="paper-count-hint" className="text-base text-muted">
        Van 1 tot {PAPER_COUNT_MAX}.
      </p>
      <p id="paper-count-error" className="font-semibold text-danger" aria-live="polite">
        {countError ?? ""}
      </p>
      <label htmlFor="paper-names" className="block font-bold">
        Namen (mag u leeg laten; alleen buurtwerkers zien dit)
      </label>
      <textarea
        id="paper-names"
        name="names"
        rows={3}
        defaultValue={failed?.values?.names}
        aria-invalid={namesError ? true : undefined}
        aria-describedby="paper-names-error"
        className={INPUT_STYLES}
      />
      <p id="paper-names-error" className="font-semibold text-danger" aria-live="polite">
        {namesError ?? ""}
      </p>
      <SubmitButton pending={pending} variant="secondary">
        Steun op papier toevoegen
      </SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
