"use client";

import { useActionState } from "react";
import { Field, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import type { Option } from "@/components/forms/options";
import { SubmitButton } from "@/components/forms/submit-button";
import { savePopulationAction } from "@/lib/surveys/actions/population";
import { AGE_GROUP_LABELS, AGE_GROUPS, SOURCE_MAX } from "@/lib/surveys/fields";

/** Per wijk one group of fields, one per age group; a plain form, so it works without JavaScript. */
export function PopulationForm({ wijken, initial }: { wijken: Option[]; initial: Record<string, string> }) {
  const [state, formAction, pending] = useActionState(savePopulationAction, null);
  const failed = state && !state.ok ? state : null;
  const valueOf = (name: string) => failed?.values?.[name] ?? initial[name] ?? "";
  const errorOf = (name: string) => failed?.fieldErrors[name]?.[0];
  return (
    <form action={formAction} className="space-y-4">
      <Field id="source" label="Waar komen de aantallen vandaan?" hint="Bijvoorbeeld: CBS Kerncijfers wijken en buurten 2025." error={errorOf("source")}>
        <input id="source" name="source" defaultValue={valueOf("source")} maxLength={SOURCE_MAX + 20} className={INPUT_STYLES} aria-describedby="source-hint source-error" aria-invalid={errorOf("source") ? true : undefined} />
      </Field>
      {wijken.map((wijk) => (
        <fieldset key={wijk.id} className="space-y-2 rounded-xl border-2 border-gray-200 p-3">
          <legend className="px-1 font-bold">{wijk.name}</legend>
          <div className="grid grid-cols-2 gap-2 sm:grid-cols-5">
            {AGE_GROUPS.map((group) => {
              const name = `n_${wijk.id}_${group}`;
              return (
                <Field key={name} id={name} label={AGE_GROUP_LABELS[group]} error={errorOf(name)}>
                  <input id={name} name={name} inputMode="numeric" defaultValue={valueOf(name)} className={INPUT_STYLES} aria-describedby={`${name}-error`} aria-invalid={errorOf(name) ? true : undefined} />
                </Field>
              );
            })}
          </div>
        </fieldset>
      ))}
      <FormStatus state={state} />
      <SubmitButton pending={pending}>Aantallen opslaan</SubmitButton>
    </form>
  );
}
