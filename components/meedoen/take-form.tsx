"use client";

import { useActionState } from "react";
import { PhoneField } from "@/components/activities/contact-fields";
import { ConsentCheckbox } from "@/components/forms/consent-checkbox";
import { CHECKBOX_STYLES, Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { Honeypot } from "@/components/forms/honeypot";
import { SubmitButton } from "@/components/forms/submit-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { NAME_MAX } from "@/lib/activities/fields";
import { takePlaceAction } from "@/lib/meedoen/actions/places";
import type { TakeByPhoneInput } from "@/lib/meedoen/schema";

const Done = ({ message }: { message?: string }) => (
  <p role="status" className="rounded-lg border-2 border-brand bg-brand-light p-4 text-lg font-semibold">
    {message}
  </p>
);

/** `dates`: the coming dates of the place's series; more than one offers "all of them" in the same step. */
type Props = { placeId: number; dates: number; when: string };

/** This date alone, or all coming dates of the series ("allDates"); only shown when there are more. */
function DatesChoice({ dates, when }: Props) {
  if (dates < 2) return null;
  return (
    <fieldset className="space-y-2">
      <legend className="font-bold">Op welke dagen helpt u?</legend>
      <label className="flex min-h-11 items-center gap-3">
        <input type="radio" name="allDates" value="deze" defaultChecked className={CHECKBOX_STYLES} />
        Alleen deze dag: {when}
      </label>
      <label className="flex min-h-11 items-center gap-3">
        <input type="radio" name="allDates" value="alle" className={CHECKBOX_STYLES} />
        Alle {dates} dagen
      </label>
    </fieldset>
  );
}

/** Signed in: one tap, the account is enough. */
export function TakeWithAccount(props: Props) {
  const [state, action, pending] = useActionState(takePlaceAction, null);
  if (state?.ok) return <Done message={state.message} />;
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="placeId" value={props.placeId} />
      <DatesChoice {...props} />
      <FormStatus state={state} />
      <SubmitButton pending={pending}>Ik help mee</SubmitButton>
    </form>
  );
}

/** Without an account: a first name and a mobile number; the answer comes by text message. */
export function TakeByPhone(props: Props) {
  const { form, field, state, pending, errorOf, formProps } = useServerForm<TakeByPhoneInput>({
    schema: () => import("@/lib/meedoen/schema").then((m) => m.takeByPhoneSchema),
    action: takePlaceAction,
    defaultValues: { placeId: String(props.placeId), allDates: "deze", name: "", phone: "", consent: false },
  });
  if (state?.ok) return <Done message={state.message} />;
  const initial = form.formState.defaultValues ?? {};
  return (
    <form {...formProps} className="space-y-4">
      <input type="hidden" name="placeId" value={props.placeId} />
      <Honeypot />
      <DatesChoice {...props} />
      <Field id="name" label="Uw voornaam" error={errorOf("name")}>
        <input {...field("name")} {...fieldA11y("name", errorOf("name"))} autoComplete="given-name" maxLength={NAME_MAX + 20} className={INPUT_STYLES} />
      </Field>
      <PhoneField field={field} error={errorOf("phone")} label="Uw mobiele nummer" hint="Hier krijgt u het antwoord, en een code om af te melden. Bijvoorbeeld 06 12345678." />
      <ConsentCheckbox registered={form.register("consent")} value={initial.consent} error={errorOf("consent")}>
        Ik vind het goed dat mijn voornaam en nummer alleen hiervoor worden gebruikt.
      </ConsentCheckbox>
      <FormStatus state={state} />
      <SubmitButton pending={pending}>Ik help mee</SubmitButton>
    </form>
  );
}
