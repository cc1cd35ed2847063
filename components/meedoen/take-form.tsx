"use client";

import { useActionState } from "react";
import { Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { Honeypot } from "@/components/forms/honeypot";
import { SubmitButton } from "@/components/forms/submit-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { NAME_MAX, PHONE_MAX } from "@/lib/activities/fields";
import { takePlaceAction } from "@/lib/meedoen/actions/places";
import type { TakeByPhoneInput } from "@/lib/meedoen/schema";

const Done = ({ message }: { message?: string }) => (
  <p role="status" className="rounded-lg border-2 border-brand bg-brand-light p-4 text-lg font-semibold">
    {message}
  </p>
);

/** Signed in: one tap, the account is enough. */
export function TakeWithAccount({ placeId }: { placeId: number }) {
  const [state, action, pending] = useActionState(takePlaceAction, null);
  if (state?.ok) return <Done message={state.message} />;
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="placeId" value={placeId} />
      <FormStatus state={state} />
      <SubmitButton pending={pending}>Ik help mee</SubmitButton>
    </form>
  );
}

/** Without an account: a first name and a mobile number; the answer comes by text message. */
export function TakeByPhone({ placeId }: { placeId: number }) {
  const { form, field, state, pending, errorOf, formProps } = useServerForm<TakeByPhoneInput>({
    schema: () => import("@/lib/meedoen/schema").then((m) => m.takeByPhoneSchema),
    action: takePlaceAction,
    defaultValues: { placeId: String(placeId), name: "", phone: "", consent: false },
  });
  if (state?.ok) return <Done message={state.message} />;
  const phoneHint = "Hier krijgt u het antwoord. Bijvoorbeeld 06 12345678.";
  const consentError = errorOf("consent");
  return (
    <form {...formProps} className="space-y-4">
      <input type="hidden" name="placeId" value={placeId} />
      <Honeypot />
      <Field id="name" label="Uw voornaam" error={errorOf("name")}>
        <input {...field("name")} {...fieldA11y("name", errorOf("name"))} autoComplete="given-name" maxLength={NAME_MAX + 20} className={INPUT_STYLES} />
      </Field>
      <Field id="phone" label="Uw mobiele nummer" hint={phoneHint} error={errorOf("phone")}>
        <input {...field("phone")} {...fieldA11y("phone", errorOf("phone"), phoneHint)} type="tel" autoComplete="tel" maxLength={PHONE_MAX + 10} className={INPUT_STYLES} />
      </Field>
      <div className="space-y-1">
        <div className="flex items-start gap-3">
          <input {...form.register("consent")} {...fieldA11y("consent", consentError)} type="checkbox" value="ja" className="mt-1 h-7 w-7 shrink-0" />
          <label htmlFor="consent" className="font-bold">
            Ik vind het goed dat mijn voornaam en nummer alleen hiervoor worden gebruikt.
          </label>
        </div>
        <p id="consent-error" className="font-semibold text-danger" aria-live="polite">
          {consentError ?? ""}
        </p>
      </div>
      <FormStatus state={state} />
      <SubmitButton pending={pending}>Ik help mee</SubmitButton>
    </form>
  );
}
