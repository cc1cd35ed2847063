"use client";

import { useActionState } from "react";
import { Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { staffTransitionAction } from "@/lib/initiatives/actions/transition";
import { TRANSITION_LABELS, TRANSITIONS, type Transition } from "@/lib/initiatives/status";

const NOTE_LABELS: Partial<Record<Transition, string>> = {
  send_back: "Uw vraag aan de bewoner",
  reject: "Waarom gaat het niet door?",
  finish: "Wat is er bereikt? (iedereen ziet dit)",
};

/** One step a buurtwerker can take now, with the message or coach it needs. */
export function StaffTransitionForm({
  initiativeId,
  transition,
  coaches = [],
}: {
  initiativeId: number;
  transition: Transition;
  coaches?: { id: string; name: string }[];
}) {
  const [state, action, pending] = useActionState(staffTransitionAction, null);
  const failed = state && !state.ok ? state : null;
  const noteId = `note-${transition}`;
  const coachFieldId = `coach-${transition}`;
  const noteError = failed?.fieldErrors.note?.[0];
  const coachError = failed?.fieldErrors.coachId?.[0];
  return (
    <form action={action} className="space-y-2 rounded-xl border-2 border-brand-light p-3">
      <input type="hidden" name="initiativeId" value={initiativeId} />
      <input type="hidden" name="transition" value={transition} />
      {TRANSITIONS[transition].note && (
        <Field id={noteId} label={NOTE_LABELS[transition]} error={noteError}>
          <textarea name="note" rows={3} defaultValue={failed?.values?.note} {...fieldA11y(noteId, noteError)} className={INPUT_STYLES} />
        </Field>
      )}
      {transition === "assign_coach" && (
        <Field id={coachFieldId} label="Coach" error={coachError}>
          <select name="coachId" defaultValue={failed?.values?.coachId ?? ""} {...fieldA11y(coachFieldId, coachError)} className={INPUT_STYLES}>
            <option value="">Kies een buurtwerker</option>
            {coaches.map((coach) => (
              <option key={coach.id} value={coach.id}>
                {coach.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      <SubmitButton pending={pending} variant={transition === "reject" ? "danger" : transition === "publish" ? "primary" : "secondary"}>
        {TRANSITION_LABELS[transition]}
      </SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
