"use client";

import { useActionState } from "react";
import { INPUT_STYLES } from "@/components/forms/field";
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
  currentCoachId,
}: {
  initiativeId: number;
  transition: Transition;
  coaches?: { id: string; name: string }[];
  currentCoachId?: string | null;
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
        <div>
          <label htmlFor={noteId} className="block font-bold">
            {NOTE_LABELS[transition]}
          </label>
          <textarea
            id={noteId}
            name="note"
            rows={3}
            defaultValue={failed?.values?.note}
            aria-invalid={noteError ? true : undefined}
            aria-describedby={`${noteId}-error`}
            className={INPUT_STYLES}
          />
          <p id={`${noteId}-error`} className="font-semibold text-danger" aria-live="polite">
            {noteError ?? ""}
          </p>
        </div>
      )}
      {transition === "assign_coach" && (
        <div>
          <label htmlFor={coachFieldId} className="block font-bold">
            Coach
          </label>
          <select
            id={coachFieldId}
            name="coachId"
            defaultValue={failed?.values?.coachId ?? currentCoachId ?? ""}
            aria-invalid={coachError ? true : undefined}
            aria-describedby={`${coachFieldId}-error`}
            className={INPUT_STYLES}
          >
            <option value="">Kies een buurtwerker</option>
            {coaches.map((coach) => (
              <option key={coach.id} value={coach.id}>
                {coach.name}
              </option>
            ))}
          </select>
          <p id={`${coachFieldId}-error`} className="font-semibold text-danger" aria-live="polite">
            {coachError ?? ""}
          </p>
        </div>
      )}
      <SubmitButton pending={pending} variant={transition === "reject" ? "danger" : transition === "publish" ? "primary" : "secondary"}>
        {TRANSITION_LABELS[transition]}
      </SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
