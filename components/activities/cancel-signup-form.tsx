"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { cancelOwnSignupAction, cancelSignupAction } from "@/lib/activities/actions/signups";

type Props = { label: string } & ({ token: string } | { signupId: number });

/** One button that cancels a sign-up: by the personal link's token, or an own sign-up when signed in. */
export function CancelSignupForm(props: Props) {
  const byToken = "token" in props;
  const [state, action, pending] = useActionState(byToken ? cancelSignupAction : cancelOwnSignupAction, null);
  if (state?.ok) return <FormStatus state={state} />;
  return (
    <form action={action} className="space-y-3">
      {byToken ? <input type="hidden" name="token" value={props.token} /> : <input type="hidden" name="signupId" value={props.signupId} />}
      {/* By the link, the page then says the sign-up is cancelled; on /account the page is rendered for the answer, as the sign-up leaves the list. */}
      <FormStatus state={state} done={byToken ? { id: "afmelden", text: "U bent afgemeld." } : undefined} />
      <SubmitButton pending={pending} variant="danger">
        {props.label}
      </SubmitButton>
    </form>
  );
}
