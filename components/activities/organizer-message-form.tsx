"use client";

import { useActionState } from "react";
import { Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { sendOrganizerMessageAction } from "@/lib/activities/actions/organizer";
import { ORGANIZER_MESSAGE_MAX } from "@/lib/activities/fields";

const HINT = `Bijvoorbeeld: "Neem een stoel mee. Bij regen gaan we naar het buurthuis." Hoogstens ${ORGANIZER_MESSAGE_MAX} tekens. Eén bericht per dag.`;

/** The organiser's one message a day to everyone signed up; the platform sends it by mail or sms. */
export function OrganizerMessageForm({ activityId }: { activityId: number }) {
  const [state, action, pending] = useActionState(sendOrganizerMessageAction, null);
  const failed = state && !state.ok ? state : null;
  const error = failed?.fieldErrors.body?.[0];
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="activityId" value={activityId} />
      <Field id="body" label="Uw bericht" hint={HINT} error={error}>
        <textarea name="body" rows={4} maxLength={ORGANIZER_MESSAGE_MAX + 50} defaultValue={failed?.values?.body} {...fieldA11y("body", error, HINT)} className={INPUT_STYLES} />
      </Field>
      <FormStatus state={state} />
      <SubmitButton pending={pending}>Stuur naar iedereen</SubmitButton>
    </form>
  );
}
