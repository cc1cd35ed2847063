"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { CHOICE_LABELS, NOTIFY_CHOICES, type NotifyChoice } from "@/lib/notifications/choices";
import { savePreferencesAction } from "@/lib/notifications/actions/notifications";

type Values = { followMails: NotifyChoice; staffMails: NotifyChoice };

const QUESTIONS: { name: keyof Values; legend: string; hint: string }[] = [
  { name: "followMails", legend: "Nieuws over ideeën en projecten die ik volg", hint: "Bijvoorbeeld: er is nieuws, een idee gaat van start, of een project zegt wat het met uw mening doet." },
  { name: "staffMails", legend: "Berichten over mijn eigen idee en mijn werk", hint: "Bijvoorbeeld: iemand wil helpen of reageert. Voor buurtwerkers: een nieuw idee of een melding." },
];

/** Two plain radio groups: it works the same without JavaScript. */
export function PreferencesForm({ initial }: { initial: Values }) {
  const [state, formAction, pending] = useActionState(savePreferencesAction, null);
  const values = { ...initial, ...(state && !state.ok ? state.values : {}) } as Values;
  return (
    <form action={formAction} className="space-y-5">
      {QUESTIONS.map((question) => (
        <fieldset key={question.name} className="space-y-2" aria-describedby={`${question.name}-hint`}>
          <legend className="font-bold">{question.legend}</legend>
          <p id={`${question.name}-hint`} className="text-base text-muted">
            {question.hint}
          </p>
          {NOTIFY_CHOICES.map((choice) => (
            <label key={choice} className="flex min-h-11 items-center gap-3">
              <input type="radio" name={question.name} value={choice} defaultChecked={values[question.name] === choice} className="h-6 w-6 accent-brand" />
              {CHOICE_LABELS[choice]}
            </label>
          ))}
        </fieldset>
      ))}
      <SubmitButton pending={pending}>Keuze bewaren</SubmitButton>
      <FormStatus state={state} done={{ id: "keuze", text: "Uw keuze is bewaard." }} />
    </form>
  );
}
