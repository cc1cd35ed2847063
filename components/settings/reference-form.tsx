"use client";

import { Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { LEEFGEBIED_LABELS, LEEFGEBIEDEN } from "@/lib/reference/leefgebieden";
import { saveThemeAction, saveWijkAction } from "@/lib/settings/actions/settings";
import { PLACE_NAME_MAX } from "@/lib/settings/fields";

type Props = {
  kind: "wijk" | "theme";
  /** Absent for the form that adds a new one. */
  id?: number;
  initial: { name: string; leefgebied?: string };
};

const WORDS = {
  wijk: { idField: "wijkId", newLabel: "Naam van de nieuwe wijk", add: "Wijk erbij zetten", save: "Naam opslaan" },
  theme: { idField: "themeId", newLabel: "Naam van het nieuwe thema", add: "Thema erbij zetten", save: "Thema opslaan" },
} as const;

/** Adds a wijk or theme, or changes one: a name (and for a theme its leefgebied) and one button. */
export function ReferenceForm({ kind, id, initial }: Props) {
  const words = WORDS[kind];
  const { field, state, pending, errorOf, formProps } = useServerForm<Record<string, string>>({
    schema: () => import("@/lib/settings/schema").then((m) => (kind === "wijk" ? m.wijkSchema : m.themeSchema) as never),
    action: kind === "wijk" ? saveWijkAction : saveThemeAction,
    defaultValues: { name: initial.name, ...(kind === "theme" && { leefgebied: initial.leefgebied ?? "" }) },
  });
  const prefix = `${kind}-${id ?? "nieuw"}`;
  const nameLabel = id ? `Nieuwe naam voor ${initial.name}` : words.newLabel;
  return (
    <form {...formProps} className="space-y-2">
      {id && <input type="hidden" name={words.idField} value={id} />}
      <Field id={`${prefix}-name`} label={nameLabel} error={errorOf("name")}>
        <input {...field("name")} {...fieldA11y(`${prefix}-name`, errorOf("name"))} maxLength={PLACE_NAME_MAX + 20} className={INPUT_STYLES} />
      </Field>
      {kind === "theme" && (
        <Field id={`${prefix}-leefgebied`} label="Leefgebied" error={errorOf("leefgebied")}>
          <select {...field("leefgebied")} {...fieldA11y(`${prefix}-leefgebied`, errorOf("leefgebied"))} className={INPUT_STYLES}>
            <option value="">Kies een leefgebied</option>
            {LEEFGEBIEDEN.map((key) => (
              <option key={key} value={key}>
                {LEEFGEBIED_LABELS[key]}
              </option>
            ))}
          </select>
        </Field>
      )}
      <FormStatus state={state} done={{ id: prefix, text: "Opgeslagen." }} />
      <SubmitButton pending={pending} variant="secondary">
        {id ? words.save : words.add}
      </SubmitButton>
    </form>
  );
}
