"use client";

import { AgreedCheckbox } from "@/components/forms/agreed-checkbox";
import { Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { signUpOnBehalfAction } from "@/lib/activities/actions/staff";
import { NAME_MAX, NOTES_MAX } from "@/lib/activities/fields";
import type { OnBehalfSignupInput } from "@/lib/activities/schema";
import { ContactFields } from "./contact-fields";

type Props = { activityId: number; maxPartySize: number };


/** A buurtwerker signs a resident up, with the resident's consent; the resident gets the message. */
export function OnBehalfSignupForm({ activityId, maxPartySize }: Props) {
  const { form, field, state, pending, errorOf, formProps } = useServerForm<OnBehalfSignupInput>({
    schema: () => import("@/lib/activities/schema").then((m) => m.onBehalfSignupSchemaFor(maxPartySize)),
    action: signUpOnBehalfAction,
    defaultValues: { activityId: String(activityId), name: "", email: "", phone: "", partySize: "1", notes: "", residentAgreed: false },
  });
  if (state?.ok) {
    return (
      <p role="status" className="rounded-lg border-2 border-brand bg-brand-light p-4 text-lg font-semibold">
        {state.message}
      </p>
    );
  }
  const hints = { name: `Zoals de bewoner wil heten op de lijst. Hoogstens ${NAME_MAX} tekens.`, partySize: `Tel de bewoner mee. Hoogstens ${maxPartySize} personen.` };
  const nameError = errorOf("name");
  const sizeError = errorOf("partySize");
  const notesError = errorOf("notes");
  const agreedError = errorOf("residentAgreed");
  return (
    <form {...formProps} className="space-y-4">
      <input type="hidden" name="activityId" value={activityId} />
      <Field id="name" label="Naam van de bewoner" hint={hints.name} error={nameError}>
        <input {...field("name")} {...fieldA11y("name", nameError, hints.name)} autoComplete="off" maxLength={NAME_MAX + 20} className={INPUT_STYLES} />
      </Field>
      <ContactFields field={field} errorOf={errorOf} forResident />
      <Field id="partySize" label="Met hoeveel personen komt de bewoner?" hint={hints.partySize} error={sizeError}>
        <input {...field("partySize")} {...fieldA11y("partySize", sizeError, hints.partySize)} inputMode="numeric" className={`${INPUT_STYLES} max-w-32`} />
      </Field>
      <Field id="notes" label="Opmerking (mag u leeg laten)" error={notesError}>
        <textarea {...field("notes")} {...fieldA11y("notes", notesError)} rows={2} maxLength={NOTES_MAX + 50} className={INPUT_STYLES} />
      </Field>
      <AgreedCheckbox
        registered={form.register("residentAgreed")}
        id="residentAgreed"
        value={form.formState.defaultValues?.residentAgreed}
        error={agreedError}
      >
        De bewoner vindt het goed dat ik hem of haar aanmeld, en dat het nummer of adres hiervoor wordt gebruikt.
      </AgreedCheckbox>
      <FormStatus state={state} done={{ id: "namens", text: "De aanmelding is opgeslagen." }} />
      <SubmitButton pending={pending}>Bewoner aanmelden</SubmitButton>
    </form>
  );
}
