"use client";

import { useActionState } from "react";
import { Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { setMonitorRoundAction } from "@/lib/effect/actions/monitor";
import { MONITOR_MAX_DAYS } from "@/lib/effect/fields";

/** The beheerder sets a year's first and last day; the same form moves the dates later. */
export function MonitorRoundForm({ initial }: { initial: { year: string; opensOn: string; closesOn: string } }) {
  const [state, formAction, pending] = useActionState(setMonitorRoundAction, null);
  const failed = state && !state.ok ? state : null;
  const valueOf = (name: keyof typeof initial) => failed?.values?.[name] ?? initial[name];
  const errorOf = (name: string) => failed?.fieldErrors[name]?.[0];
  return (
    <form action={formAction} className="space-y-4">
      <Field id="year" label="Jaar" error={errorOf("year")}>
        <input {...fieldA11y("year", errorOf("year"))} name="year" inputMode="numeric" defaultValue={valueOf("year")} className={INPUT_STYLES} />
      </Field>
      <Field id="opensOn" label="Eerste dag" error={errorOf("opensOn")}>
        <input {...fieldA11y("opensOn", errorOf("opensOn"))} name="opensOn" type="date" defaultValue={valueOf("opensOn")} className={INPUT_STYLES} />
      </Field>
      <Field id="closesOn" label="Laatste dag" hint={`Hoogstens ${MONITOR_MAX_DAYS} dagen na de eerste dag.`} error={errorOf("closesOn")}>
        <input {...fieldA11y("closesOn", errorOf("closesOn"), "hint")} name="closesOn" type="date" defaultValue={valueOf("closesOn")} className={INPUT_STYLES} />
      </Field>
      <FormStatus state={state} />
      <SubmitButton pending={pending}>Datums opslaan</SubmitButton>
    </form>
  );
}
