"use client";

import { useActionState } from "react";
import { CHECKBOX_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { setTeamAction } from "@/lib/projects/actions/projects";

/** The beheerder ticks who is in the team: accounts with the role projectteam. */
export function TeamForm({ projectId, people }: { projectId: number; people: { id: string; name: string; member: boolean }[] }) {
  const [state, formAction, pending] = useActionState(setTeamAction, null);
  if (people.length === 0) return <p>Er is nog niemand met de rol Projectteam. Geef iemand die rol bij Gebruikers en rollen.</p>;
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="projectId" value={projectId} />
      <fieldset className="space-y-1">
        <legend className="font-bold">Wie zit in het team?</legend>
        {people.map((person) => (
          <label key={person.id} className="flex min-h-11 items-center gap-3">
            <input type="checkbox" name={`member_${person.id}`} defaultChecked={person.member} className={CHECKBOX_STYLES} />
            {person.name}
          </label>
        ))}
      </fieldset>
      <FormStatus state={state} />
      <SubmitButton pending={pending} variant="secondary">
        Team opslaan
      </SubmitButton>
    </form>
  );
}
