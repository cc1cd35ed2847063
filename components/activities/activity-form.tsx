"use client";

import { Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { Options, type Option } from "@/components/forms/options";
import { SubmitButton } from "@/components/forms/submit-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { saveActivityAction } from "@/lib/activities/actions/staff";
import { ADDRESS_MAX, DESCRIPTION_MAX, PARTY_SIZE_LIMIT, TITLE_MAX } from "@/lib/activities/fields";
import type { ActivityInput } from "@/lib/activities/schema";

type FieldName = keyof ActivityInput;

type Props = {
  activityId?: number;
  initial: ActivityInput;
  wijken: Option[];
  series: Option[];
  initiatives: Option[];
  submitLabel: string;
};

const HINTS: Partial<Record<FieldName, string>> = {
  places: "Tel alle mensen, ook kinderen.",
  maxPartySize: `Met hoeveel personen mag iemand samen komen? Meestal 6. Hoogstens ${PARTY_SIZE_LIMIT}.`,
  signupDeadline: "Daarna kan niemand zich meer aanmelden.",
  seriesId: "Bijvoorbeeld de BBQ-zomer: dezelfde activiteit op meer datums.",
};

/** Create or edit an activity; the same schema checks it here and on the server. */
export function ActivityForm({ activityId, initial, wijken, series, initiatives, submitLabel }: Props) {
  const { form, state, pending, errorOf, formProps } = useServerForm<ActivityInput>({
    schema: () => import("@/lib/activities/schema").then((m) => m.activitySchema),
    action: saveActivityAction,
    defaultValues: initial,
  });
  const defaults = form.formState.defaultValues ?? {};
  const wire = (name: FieldName) => ({
    ...form.register(name),
    ...fieldA11y(name, errorOf(name), HINTS[name]),
    defaultValue: String(defaults[name] ?? ""),
  });
  const field = (name: FieldName, label: string, control: React.ReactNode) => (
    <Field id={name} label={label} hint={HINTS[name]} error={errorOf(name)}>
      {control}
    </Field>
  );
  const select = (name: FieldName, options: Option[], empty: string) => (
    <select {...wire(name)} className={INPUT_STYLES}>
      <Options empty={empty} options={options} />
    </select>
  );
  return (
    <form {...formProps} className="space-y-4">
      {activityId && <input type="hidden" name="activityId" value={activityId} />}
      {activityId && <p>Verandert u de tijd of de plek? Dan krijgt iedereen die is aangemeld of op de wachtlijst staat vanzelf een mail (of een sms, zonder e-mailadres).</p>}
      {field("title", `Titel (hoogstens ${TITLE_MAX} tekens)`, <input {...wire("title")} maxLength={TITLE_MAX + 20} className={INPUT_STYLES} />)}
      {field("description", "Uitleg (mag u leeg laten)", <textarea {...wire("description")} rows={4} maxLength={DESCRIPTION_MAX + 100} className={INPUT_STYLES} />)}
      {field("wijkId", "Wijk", select("wijkId", wijken, "Kies een wijk"))}
      {field("address", "Adres", <input {...wire("address")} maxLength={ADDRESS_MAX + 20} className={INPUT_STYLES} />)}
      {field("startsAt", "Begint op", <input {...wire("startsAt")} type="datetime-local" className={INPUT_STYLES} />)}
      {field("endsAt", "Eindigt op", <input {...wire("endsAt")} type="datetime-local" className={INPUT_STYLES} />)}
      {field("signupDeadline", "Aanmelden kan tot", <input {...wire("signupDeadline")} type="datetime-local" className={INPUT_STYLES} />)}
      {field("places", "Aantal plekken", <input {...wire("places")} inputMode="numeric" className={`${INPUT_STYLES} max-w-40`} />)}
      {field("maxPartySize", "Hoogstens personen per aanmelding", <input {...wire("maxPartySize")} inputMode="numeric" className={`${INPUT_STYLES} max-w-40`} />)}
      {field("seriesId", "Reeks (mag u leeg laten)", select("seriesId", series, "Geen reeks"))}
      {field("initiativeId", "Hoort bij initiatief (mag u leeg laten)", select("initiativeId", initiatives, "Geen initiatief"))}
      <FormStatus state={state} />
      <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
    </form>
  );
}
