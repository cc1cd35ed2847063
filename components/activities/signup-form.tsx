"use client";

import { ConsentCheckbox } from "@/components/forms/consent-checkbox";
import { Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { ContactFields } from "./contact-fields";
import { FormStatus } from "@/components/forms/form-status";
import { Honeypot } from "@/components/forms/honeypot";
import { SubmitButton } from "@/components/forms/submit-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { signUpAction } from "@/lib/activities/actions/signups";
import { NAME_MAX, NOTES_MAX } from "@/lib/activities/fields";
import type { SignupInput } from "@/lib/activities/schema";

type TextField = "name" | "partySize" | "notes";

type Props = { activityId: number; maxPartySize: number; full: boolean; prefill: { name: string; email: string }; done?: string };

/**
 * Sign-up with or without an account; works as a plain form without JavaScript. `done`: the fixed
 * answer after a sign-up without JavaScript (the redirect's `?gelukt=`), shown where the answer
 * with JavaScript stands, with a link to the form for the next person.
 */
export function SignupForm({ activityId, maxPartySize, full, prefill, done }: Props) {
  const { form, field, state, pending, errorOf, formProps } = useServerForm<SignupInput>({
    schema: () => import("@/lib/activities/schema").then((m) => m.signupSchemaFor(maxPartySize)),
    action: signUpAction,
    defaultValues: { name: prefill.name, email: prefill.email, phone: "", partySize: "1", notes: "", consent: false },
  });
  if (state?.ok) {
    return (
      <p role="status" className="rounded-lg border-2 border-brand bg-brand-light p-4 text-lg font-semibold">
        {state.message}
      </p>
    );
  }
  if (done && !state) {
    return (
      <>
        <p role="status" className="rounded-lg border-2 border-brand bg-brand-light p-4 text-lg font-semibold">
          {done}
        </p>
        <a href={`/activiteiten/${activityId}#aanmelden`} className="inline-flex min-h-11 items-center">
          Nog iemand aanmelden
        </a>
      </>
    );
  }
  const initial = form.formState.defaultValues ?? {};
  const hints: Partial<Record<TextField, string>> = {
    partySize: `Tel uzelf mee. Hoogstens ${maxPartySize} personen.`,
    notes: "Bijvoorbeeld: halal, vegetarisch, rolstoel.",
  };
  const text = (name: TextField) => ({
    ...form.register(name),
    ...fieldA11y(name, errorOf(name), hints[name]),
    defaultValue: String(initial[name] ?? ""),
  });
  return (
    <form {...formProps} className="space-y-4">
      <input type="hidden" name="activityId" value={activityId} />
      <Honeypot />
      {full && (
        <p className="rounded-lg bg-sun-light p-3">
          Het is vol. Meldt u zich toch aan? Dan komt u op de wachtlijst. Komt er een plek vrij, dan krijgt u een bericht.
        </p>
      )}
      <Field id="name" label="Uw naam" error={errorOf("name")}>
        <input {...text("name")} autoComplete="name" maxLength={NAME_MAX + 20} className={INPUT_STYLES} />
      </Field>
      <ContactFields field={field} errorOf={errorOf} />
      <p className="text-base text-muted">Wij gebruiken uw e-mailadres of nummer alleen voor deze activiteit. Niemand anders ziet het.</p>
      <Field
        id="partySize"
        label="Met hoeveel personen komt u?"
        hint={hints.partySize}
        error={errorOf("partySize")}
      >
        <input {...text("partySize")} inputMode="numeric" className={`${INPUT_STYLES} max-w-32`} />
      </Field>
      <Field
        id="notes"
        label="Wilt u nog iets laten weten? (mag u leeg laten)"
        hint={hints.notes}
        error={errorOf("notes")}
      >
        <textarea {...text("notes")} rows={3} maxLength={NOTES_MAX + 50} className={INPUT_STYLES} />
      </Field>
      <ConsentCheckbox registered={form.register("consent")} value={initial.consent} error={errorOf("consent")}>
        Ik vind het goed dat mijn gegevens alleen voor deze activiteit worden gebruikt.
      </ConsentCheckbox>
      <FormStatus state={state} />
      <SubmitButton pending={pending}>{full ? "Zet mij op de wachtlijst" : "Aanmelden"}</SubmitButton>
    </form>
  );
}
