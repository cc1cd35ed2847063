"use client";

import { FormStatus } from "@/components/forms/form-status";
import { Honeypot } from "@/components/forms/honeypot";
import { SubmitButton } from "@/components/forms/submit-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { requestSignInLinkAction } from "@/lib/accounts/actions/accounts";
import { EmailField } from "./email-field";

export function SignInForm({ returnTo }: { returnTo: string }) {
  const { field, state, pending, errorOf, formProps } = useServerForm({
    schema: () => import("@/lib/accounts/schema").then((m) => m.signInSchema),
    action: requestSignInLinkAction,
    defaultValues: { email: "" },
  });
  const error = errorOf("email");
  return (
    <form {...formProps} className="space-y-4">
      <input type="hidden" name="terug" value={returnTo} />
      <Honeypot />
      <EmailField input={field("email")} hint="Wij sturen u een link. Met die link logt u in. U heeft geen wachtwoord nodig." error={error} />
      <FormStatus state={state} />
      <SubmitButton pending={pending}>Stuur mij een inloglink</SubmitButton>
    </form>
  );
}
