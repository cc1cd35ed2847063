"use client";

import { useActionState } from "react";
import { Field, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { Options, type Option } from "@/components/forms/options";
import { SubmitButton } from "@/components/forms/submit-button";
import { linkMeetingAction } from "@/lib/projects/actions/participation";

/** Puts an existing activity on the project page as a meeting; residents sign up for it as for any activity. */
export function MeetingForm({ projectId, activities }: { projectId: number; activities: Option[] }) {
  const [state, formAction, pending] = useActionState(linkMeetingAction, null);
  const error = state && !state.ok ? state.fieldErrors.activityId?.[0] : undefined;
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="projectId" value={projectId} />
      <Field id="activityId" label="Activiteit" hint="Maak de bijeenkomst eerst bij Activiteiten." error={error}>
        <select id="activityId" name="activityId" defaultValue="" className={INPUT_STYLES} aria-invalid={error ? true : undefined} aria-describedby="activityId-hint activityId-error">
          <Options empty="Kies een activiteit" options={activities} />
        </select>
      </Field>
      {!error && <FormStatus state={state} />}
      <SubmitButton pending={pending} variant="secondary">
        Bijeenkomst toevoegen
      </SubmitButton>
    </form>
  );
}
