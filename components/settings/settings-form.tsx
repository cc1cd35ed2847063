"use client";

import { Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { saveSettingsAction } from "@/lib/settings/actions/settings";
import { NUMBER_SETTINGS, type NumberSettingKey } from "@/lib/settings/fields";
import type { SettingsInput } from "@/lib/settings/schema";

const FIELDS: { key: NumberSettingKey; label: string; hint: string }[] = [
  { key: "supportThreshold", label: "Steun die een idee nodig heeft", hint: "Zoveel buren moeten een idee steunen. Iedereen ziet dit getal bij elk idee." },
  { key: "initiativeGoal", label: "Doel: aantal initiatieven", hint: "Het doel van het programma. Dit staat op de voorpagina en het dashboard." },
  {
    key: "guestDataRetentionMonths",
    label: "Gegevens van gasten bewaren (maanden)",
    hint: "Zo lang na een activiteit bewaren wij naam, e-mail en telefoon van gasten zonder account. De privacypagina noemt dit getal.",
  },
];

/** The numbers a beheerder can set, and the client groups; the shared schema checks them here and on the server. */
export function SettingsForm({ initial }: { initial: SettingsInput }) {
  const { field, state, pending, errorOf, formProps } = useServerForm<SettingsInput>({
    schema: () => import("@/lib/settings/schema").then((m) => m.settingsSchema),
    action: saveSettingsAction,
    defaultValues: initial,
  });
  return (
    <form {...formProps} className="space-y-4">
      {FIELDS.map(({ key, label, hint }) => (
        <Field key={key} id={key} label={label} hint={`${hint} Van ${NUMBER_SETTINGS[key].min} tot ${NUMBER_SETTINGS[key].max.toLocaleString("nl-NL")}.`} error={errorOf(key)}>
          <input {...field(key)} {...fieldA11y(key, errorOf(key), "hint")} inputMode="numeric" className={`${INPUT_STYLES} max-w-40`} />
        </Field>
      ))}
      <Field id="clientGroups" label="Groepen voor de participatiecoach" hint="De groepen waaruit een coach kiest, met komma's ertussen. Bijvoorbeeld: C, D, E." error={errorOf("clientGroups")}>
        <input {...field("clientGroups")} {...fieldA11y("clientGroups", errorOf("clientGroups"), "hint")} className={`${INPUT_STYLES} max-w-80`} />
      </Field>
      <FormStatus state={state} done={{ id: "instellingen", text: "De instellingen zijn opgeslagen." }} />
      <SubmitButton pending={pending}>Instellingen opslaan</SubmitButton>
    </form>
  );
}
