"use client";

import { useActionState } from "react";
import { Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { requestVoteCodeAction, voteAction } from "@/lib/projects/actions/vote";

type Option = { id: number; label: string; photo: string | null };

/**
 * The keuze: each option a big tappable card with its photo, then one button. Signed in, the
 * account votes; else the mobile number gets a code first. A plain form: works without JavaScript.
 */
export function VoteForm({ projectId, question, maxChoices, options, signedIn }: { projectId: number; question: string; maxChoices: number; options: Option[]; signedIn: boolean }) {
  const [state, formAction, pending] = useActionState(signedIn ? voteAction : requestVoteCodeAction, null);
  const failed = state && !state.ok ? state : null;
  const optionError = failed?.fieldErrors.option?.[0];
  const phoneError = failed?.fieldErrors.phone?.[0];
  const kind = maxChoices === 1 ? "radio" : "checkbox";
  return (
    <form action={formAction} className="space-y-5">
      <input type="hidden" name="projectId" value={projectId} />
      <fieldset className="space-y-3" aria-describedby="option-error">
        <legend className="mb-2 text-2xl font-bold">{question}</legend>
        <p>{maxChoices === 1 ? "Kies één mogelijkheid." : `Kies er hoogstens ${maxChoices}.`}</p>
        <ul className="grid gap-3 sm:grid-cols-2">
          {options.map((option) => (
            <li key={option.id}>
              <label className="flex cursor-pointer flex-col gap-2 rounded-xl border-2 border-gray-300 p-3 has-[:checked]:border-brand has-[:checked]:bg-brand-light">
                {option.photo && (
                  // eslint-disable-next-line @next/next/no-img-element -- a stored photo, served as it is
                  <img src={`/projecten/foto/${option.photo}`} alt={`Foto: ${option.label}`} className="aspect-[4/3] w-full rounded-lg object-cover" loading="lazy" />
                )}
                <span className="flex min-h-11 items-center gap-3 text-xl font-bold">
                  <input type={kind} name="option" value={option.id} defaultChecked={failed?.values?.option === String(option.id)} className="h-7 w-7 shrink-0 accent-brand" />
                  {option.label}
                </span>
              </label>
            </li>
          ))}
        </ul>
        <p id="option-error" className="font-semibold text-danger" aria-live="polite">
          {optionError ?? ""}
        </p>
      </fieldset>
      {!signedIn && (
        <Field id="phone" label="Uw mobiele nummer" hint="Wij sturen een sms met een code. Zo telt elke stem één keer. Wij bewaren uw nummer niet bij uw keuze." error={phoneError}>
          <input name="phone" type="tel" autoComplete="tel" inputMode="tel" defaultValue={failed?.values?.phone ?? ""} {...fieldA11y("phone", phoneError, "hint")} className={INPUT_STYLES} />
        </Field>
      )}
      <FormStatus state={state} />
      <SubmitButton pending={pending}>{signedIn ? "Stem" : "Stuur mij een code"}</SubmitButton>
    </form>
  );
}
