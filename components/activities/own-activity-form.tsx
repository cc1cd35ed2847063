"use client";

import { Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { createOwnActivityAction } from "@/lib/activities/actions/organizer";
import { ADDRESS_MAX, DEFAULT_MAX_PARTY_SIZE, DESCRIPTION_MAX, PARTY_SIZE_LIMIT, TITLE_MAX } from "@/lib/activities/fields";
import type { OwnActivityInput } from "@/lib/activities/schema";

type FieldName = Exclude<keyof OwnActivityInput, "initiativeId">;

// Each field: its label, an example as the hint and placeholder, and how it is typed.
const FIELDS: { name: FieldName; label: string; hint: string; placeholder?: string; type?: string; numeric?: boolean; long?: boolean }[] = [
  { name: "title", label: "Wat gaat u doen?", hint: `Een korte titel, hoogstens ${TITLE_MAX} tekens.`, placeholder: "Bijvoorbeeld: Samen de moestuin klaarmaken" },
  { name: "description", label: "Vertel er iets meer over (mag u leeg laten)", hint: "Wat gaan mensen doen? Moeten ze iets meenemen? Zet er geen internetadres in.", placeholder: "Bijvoorbeeld: Neem handschoenen mee. Er is koffie.", long: true },
  { name: "address", label: "Waar is het?", hint: "Een adres of een plek die mensen kennen.", placeholder: "Bijvoorbeeld: Grasveld achter de Stackstraat 1" },
  { name: "startsAt", label: "Wanneer begint het?", hint: "Aanmelden kan tot dit moment.", type: "datetime-local" },
  { name: "endsAt", label: "Wanneer is het klaar?", hint: "Bijvoorbeeld 2 uur later.", type: "datetime-local" },
  { name: "places", label: "Hoeveel mensen kunnen er komen?", hint: "Tel alle mensen, ook kinderen. Is het vol? Dan komen mensen op een wachtlijst.", placeholder: "Bijvoorbeeld: 20", numeric: true },
  { name: "maxPartySize", label: "Met hoeveel personen mag iemand samen komen?", hint: `Bijvoorbeeld een gezin: ${DEFAULT_MAX_PARTY_SIZE}. Hoogstens ${PARTY_SIZE_LIMIT}.`, numeric: true },
];

/** The initiator's short form for an activity of their own idea; the same schema checks it on the server. */
export function OwnActivityForm({ initiativeId }: { initiativeId: number }) {
  const { form, state, pending, errorOf, formProps } = useServerForm<OwnActivityInput>({
    schema: () => import("@/lib/activities/schema").then((m) => m.ownActivitySchema),
    action: createOwnActivityAction,
    defaultValues: { initiativeId: String(initiativeId), title: "", description: "", address: "", startsAt: "", endsAt: "", places: "", maxPartySize: String(DEFAULT_MAX_PARTY_SIZE) },
  });
  const defaults = form.formState.defaultValues ?? {};
  const max = { title: TITLE_MAX, description: DESCRIPTION_MAX, address: ADDRESS_MAX } as Partial<Record<FieldName, number>>;
  return (
    <form {...formProps} className="space-y-4">
      <input type="hidden" name="initiativeId" value={initiativeId} />
      {FIELDS.map(({ name, label, hint, placeholder, type, numeric, long }) => {
        const props = {
          ...form.register(name),
          ...fieldA11y(name, errorOf(name), hint),
          defaultValue: String(defaults[name] ?? ""),
          placeholder,
          maxLength: max[name] ? max[name]! + 20 : undefined,
          className: numeric ? `${INPUT_STYLES} max-w-40` : INPUT_STYLES,
        };
        return (
          <Field key={name} id={name} label={label} hint={hint} error={errorOf(name)}>
            {long ? <textarea {...props} rows={3} /> : <input {...props} type={type} inputMode={numeric ? "numeric" : undefined} />}
          </Field>
        );
      })}
      <FormStatus state={state} />
      <SubmitButton pending={pending}>Activiteit maken</SubmitButton>
    </form>
  );
}
