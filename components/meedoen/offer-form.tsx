"use client";

import { Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { Options, type Option } from "@/components/forms/options";
import { SubmitButton } from "@/components/forms/submit-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { ADDRESS_MAX } from "@/lib/activities/fields";
import { offerPlaceAction } from "@/lib/meedoen/actions/places";
import { BRING_MAX, HOST_NAME_MAX, MORE_DATE_NAMES, TASK_MAX } from "@/lib/meedoen/fields";
import type { OfferInput } from "@/lib/meedoen/schema";

type FieldName = keyof OfferInput;

const HINTS: Partial<Record<FieldName, string>> = {
  task: "Eén zin die iedereen begrijpt. Bijvoorbeeld: Soep maken voor de buren.",
  bring: "Bijvoorbeeld: Geen ervaring nodig. Neem werkschoenen mee.",
  places: "Hoeveel mensen kunnen er per dag helpen?",
  hostName: "Helpers zien alleen uw voornaam.",
};

/** Offer a place to help for an idea or an activity; the same schema checks it here and on the server. */
export function OfferForm({ initial, wijken }: { initial: OfferInput; wijken: Option[] }) {
  const { form, state, pending, errorOf, formProps } = useServerForm<OfferInput>({
    schema: () => import("@/lib/meedoen/schema").then((m) => m.offerSchema),
    action: offerPlaceAction,
    defaultValues: initial,
  });
  const defaults = form.formState.defaultValues ?? {};
  const wire = (name: FieldName) => ({ ...form.register(name), ...fieldA11y(name, errorOf(name), HINTS[name]), defaultValue: String(defaults[name] ?? "") });
  const field = (name: FieldName, label: string, control: React.ReactNode) => (
    <Field id={name} label={label} hint={HINTS[name]} error={errorOf(name)}>
      {control}
    </Field>
  );
  return (
    <form {...formProps} className="space-y-4">
      {!!initial.initiativeId && <input type="hidden" name="initiativeId" value={String(initial.initiativeId)} />}
      {!!initial.activityId && <input type="hidden" name="activityId" value={String(initial.activityId)} />}
      {field("task", "Wat komt iemand doen?", <textarea {...wire("task")} rows={2} maxLength={TASK_MAX + 20} className={INPUT_STYLES} />)}
      {field("bring", "Wat moet iemand weten of meenemen? (mag u leeg laten)", <input {...wire("bring")} maxLength={BRING_MAX + 20} className={INPUT_STYLES} />)}
      {field(
        "wijkId",
        "Wijk",
        <select {...wire("wijkId")} className={INPUT_STYLES}>
          <Options empty="Kies een wijk" options={wijken} />
        </select>,
      )}
      {field("address", "Adres", <input {...wire("address")} maxLength={ADDRESS_MAX + 20} className={INPUT_STYLES} />)}
      {field("startsAt", "Begint op", <input {...wire("startsAt")} type="datetime-local" className={INPUT_STYLES} />)}
      {field("endsAt", "Eindigt op", <input {...wire("endsAt")} type="datetime-local" className={INPUT_STYLES} />)}
      <fieldset className="space-y-3 rounded-lg border-2 border-brand-light p-3">
        <legend className="px-1 font-bold">Op meer dagen? (mag u leeg laten)</legend>
        <p>Vul hier de andere dagen in. Elke dag heeft dezelfde tijden als de eerste dag. Helpers kiezen één dag of alle dagen.</p>
        {MORE_DATE_NAMES.map((name, index) => (
          <div key={name}>{field(name, `Dag ${index + 2}`, <input {...wire(name)} type="date" className={INPUT_STYLES} />)}</div>
        ))}
      </fieldset>
      {field("places", "Aantal helpers per dag", <input {...wire("places")} inputMode="numeric" className={`${INPUT_STYLES} max-w-40`} />)}
      {field("hostName", "Uw voornaam", <input {...wire("hostName")} maxLength={HOST_NAME_MAX + 10} className={INPUT_STYLES} />)}
      <FormStatus state={state} />
      <SubmitButton pending={pending}>Plek aanbieden</SubmitButton>
    </form>
  );
}
