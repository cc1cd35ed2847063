"use client";

import { useActionState } from "react";
import { Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { decideOnActivityAction } from "@/lib/activities/actions/staff";
import { ORGANIZER_REASON_MAX } from "@/lib/activities/fields";
import type { ApprovalDecision } from "@/lib/activities/schema";

const LABELS: Record<ApprovalDecision, string> = {
  goedkeuren: "Ja, zet op de website",
  afwijzen: "Nee, niet op de website",
  pauzeren: "Pauzeer",
  hervatten: "Zet weer op de website",
  terugzetten: "Zet terug na meldingen",
};

const HINT = `Nodig bij nee en bij pauzeren. De initiatiefnemer leest het. Hoogstens ${ORGANIZER_REASON_MAX} tekens.`;

/** A buurtwerker's choices for an initiator's activity: one reason field, one button per choice. */
export function ApprovalPanel({ activityId, decisions }: { activityId: number; decisions: ApprovalDecision[] }) {
  const [state, action, pending] = useActionState(decideOnActivityAction, null);
  const failed = state && !state.ok ? state : null;
  const error = failed?.fieldErrors.reason?.[0];
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="activityId" value={activityId} />
      <Field id="reason" label="Reden" hint={HINT} error={error}>
        <textarea name="reason" rows={2} maxLength={ORGANIZER_REASON_MAX + 50} defaultValue={failed?.values?.reason} {...fieldA11y("reason", error, HINT)} className={INPUT_STYLES} />
      </Field>
      <div className="flex flex-wrap gap-3">
        {decisions.map((decision, index) => (
          <SubmitButton key={decision} pending={pending} variant={index === 0 ? "primary" : "secondary"} name="decision" value={decision}>
            {LABELS[decision]}
          </SubmitButton>
        ))}
      </div>
      <FormStatus state={state} />
    </form>
  );
}
