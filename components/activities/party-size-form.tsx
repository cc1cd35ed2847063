"use client";

import { useActionState, useId } from "react";
import { Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { changeOwnPartySizeAction, changePartySizeByLinkAction } from "@/lib/activities/actions/signups";

type Props = { partySize: number; maxPartySize: number; title: string } & ({ token: string } | { signupId: number });

/**
 * Changes the number of people of a sign-up without losing the place: by the personal link's
 * token, or an own sign-up when signed in. Works without JavaScript.
 */
export function PartySizeForm(props: Props) {
  const byToken = "token" in props;
  const [state, action, pending] = useActionState(byToken ? changePartySizeByLinkAction : changeOwnPartySizeAction, null);
  const id = `${useId()}-partySize`;
  const failed = state && !state.ok ? state : null;
  const error = failed?.fieldErrors.partySize?.[0];
  return (
    <form action={action} className="space-y-3">
      {byToken ? <input type="hidden" name="token" value={props.token} /> : <input type="hidden" name="signupId" value={props.signupId} />}
      <Field id={id} label={`Met hoeveel personen komt u naar ${props.title}?`} hint={`Hoogstens ${props.maxPartySize}.`} error={error}>
        {/* Keyed by the stored number: React resets the form after the action, and an input only takes a new defaultValue when it mounts. */}
        <input
          key={props.partySize}
          name="partySize"
          type="number"
          inputMode="numeric"
          min={1}
          max={props.maxPartySize}
          defaultValue={failed?.values?.partySize ?? props.partySize}
          {...fieldA11y(id, error, "hint")}
          className={`${INPUT_STYLES} max-w-32`}
        />
      </Field>
      <SubmitButton pending={pending} variant="secondary">
        Aantal opslaan
      </SubmitButton>
      <FormStatus state={state} done={{ id: `aantal-${byToken ? "link" : props.signupId}`, text: "Het aantal personen is opgeslagen." }} />
    </form>
  );
}
