"use client";

import { ConsentCheckbox } from "@/components/forms/consent-checkbox";
import { Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { Honeypot } from "@/components/forms/honeypot";
import { SubmitButton } from "@/components/forms/submit-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { leaveContactAction } from "@/lib/projects/actions/contact";
import { CONTACT_CONSENT, REACH_MAX } from "@/lib/projects/fields";
import type { ContactInput } from "@/lib/projects/schema";

const HINT = "Bijvoorbeeld naam@voorbeeld.nl of 06 12345678. U hoeft geen account te maken.";

/**
 * "Wil u horen wat wij met de antwoorden doen?": an e-mail address or a 06-number, for this project
 * only. Works without JavaScript (the note comes back in the address, `?gelukt=bericht`).
 */
export function ContactForm({ projectId }: { projectId: number }) {
  const { form, field, state, pending, errorOf, formProps } = useServerForm<ContactInput>({
    schema: () => import("@/lib/projects/schema").then((m) => m.contactSchema),
    action: leaveContactAction,
    defaultValues: { projectId, reach: "", consent: false },
  });
  const reachError = errorOf("reach");
  return (
    <section aria-labelledby="bericht" className="space-y-3 rounded-xl border-2 border-gray-200 p-4">
      <h2 id="bericht" className="text-2xl font-bold">
        Bericht krijgen
      </h2>
      {state?.ok ? (
        <p role="status" className="rounded-lg border-2 border-brand bg-brand-light p-4 text-lg font-semibold">
          {state.message}
        </p>
      ) : (
        <form {...formProps} className="space-y-4">
          <p>Wilt u horen wat wij met de antwoorden doen? Laat uw e-mail of 06-nummer achter. Wij weten niet wat u heeft geantwoord.</p>
          <input type="hidden" name="projectId" value={projectId} />
          <Honeypot />
          <Field id="reach" label="Uw e-mailadres of 06-nummer" hint={HINT} error={reachError}>
            <input {...field("reach")} {...fieldA11y("reach", reachError, HINT)} type="text" inputMode="email" autoComplete="email" maxLength={REACH_MAX} className={INPUT_STYLES} />
          </Field>
          <ConsentCheckbox registered={form.register("consent")} value={form.formState.defaultValues?.consent} error={errorOf("consent")}>
            {CONTACT_CONSENT}
          </ConsentCheckbox>
          <FormStatus state={state} done={{ id: "bericht", text: "Dank u wel. U staat op de lijst. U krijgt nu een mail of sms met een link om te stoppen." }} />
          <SubmitButton pending={pending}>Stuur mij bericht</SubmitButton>
        </form>
      )}
    </section>
  );
}
