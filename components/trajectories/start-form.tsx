"use client";

import { AgreedCheckbox } from "@/components/forms/agreed-checkbox";
import { Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { Options } from "@/components/forms/options";
import { SubmitButton } from "@/components/forms/submit-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { startTrajectoryAction } from "@/lib/trajectories/actions/trajectories";
import { CONSENT_TEXT } from "@/lib/trajectories/consent";
import { FIRST_NAME_MAX, KIND_LABELS, LADDER_STEPS } from "@/lib/trajectories/fields";
import type { StartInput } from "@/lib/trajectories/schema";

type FieldName = keyof StartInput;

const HINTS: Partial<Record<FieldName, string>> = {
  email: "Heeft de deelnemer nog geen account? Dan maken wij het. Geen e-mail? Laat dit leeg en vul het 06-nummer in.",
  phone: "Zonder e-mailadres tellen de plekken met dit nummer mee. De deelnemer ziet het traject dan op /mijn-traject.",
  firstName: "Nodig als er nog geen account is.",
};

const STEPS = Object.entries(LADDER_STEPS).map(([id, name]) => ({ id, name }));
const KINDS = Object.entries(KIND_LABELS).map(([id, name]) => ({ id, name }));

/** A new trajectory: who, what is agreed, and the consent read together. */
export function StartForm({ initial, groups }: { initial: StartInput; groups: string[] }) {
  const { form, field, state, pending, errorOf, formProps } = useServerForm<StartInput>({
    schema: () => import("@/lib/trajectories/schema").then((m) => m.startSchema),
    action: startTrajectoryAction,
    defaultValues: initial,
  });
  const row = (name: FieldName, label: string, control: React.ReactNode) => (
    <Field id={name} label={label} hint={HINTS[name]} error={errorOf(name)}>
      {control}
    </Field>
  );
  const a11y = (name: FieldName) => fieldA11y(name, errorOf(name), HINTS[name]);
  return (
    <form {...formProps} className="space-y-4">
      {row("email", "E-mailadres van de deelnemer", <input {...field("email")} {...a11y("email")} type="email" autoComplete="off" className={INPUT_STYLES} />)}
      {row("phone", "06-nummer van de deelnemer", <input {...field("phone")} {...a11y("phone")} type="tel" autoComplete="off" className={INPUT_STYLES} />)}
      {row("firstName", "Voornaam", <input {...field("firstName")} {...a11y("firstName")} maxLength={FIRST_NAME_MAX + 10} className={INPUT_STYLES} />)}
      {row("startsOn", "Start", <input {...field("startsOn")} {...a11y("startsOn")} type="date" className={INPUT_STYLES} />)}
      {row("plannedEndOn", "Gepland einde", <input {...field("plannedEndOn")} {...a11y("plannedEndOn")} type="date" className={INPUT_STYLES} />)}
      {row("hoursPerWeek", "Uren per week", <input {...field("hoursPerWeek")} {...a11y("hoursPerWeek")} inputMode="numeric" className={`${INPUT_STYLES} max-w-40`} />)}
      {row("kind", "Soort", <select {...field("kind")} {...a11y("kind")} className={INPUT_STYLES}><Options empty="Kies de soort" options={KINDS} /></select>)}
      {row("clientGroup", "Groep", <select {...field("clientGroup")} {...a11y("clientGroup")} className={INPUT_STYLES}><Options empty="Kies een groep" options={groups.map((g) => ({ id: g, name: g }))} /></select>)}
      {row("startStep", "Stap op de participatieladder nu", <select {...field("startStep")} {...a11y("startStep")} className={INPUT_STYLES}><Options empty="Kies een stap" options={STEPS} /></select>)}
      <section aria-labelledby="toestemming" className="space-y-2 rounded-lg border-2 border-brand p-4">
        <h2 id="toestemming" className="text-xl font-bold">
          Toestemming
        </h2>
        <p>Lees deze tekst samen met de deelnemer. Vraag of het goed is.</p>
        <blockquote className="border-l-4 border-brand pl-3">{CONSENT_TEXT}</blockquote>
        <AgreedCheckbox registered={form.register("consent")} id="consent" value={form.getValues("consent")} error={errorOf("consent")}>
          De deelnemer heeft deze tekst gelezen en geeft toestemming.
        </AgreedCheckbox>
      </section>
      <FormStatus state={state} />
      <SubmitButton pending={pending}>Traject starten</SubmitButton>
    </form>
  );
}
