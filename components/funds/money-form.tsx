"use client";

import { useActionState } from "react";
import { CHECKBOX_STYLES, Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { Options, type Option } from "@/components/forms/options";
import { SubmitButton } from "@/components/forms/submit-button";
import type { BUTTON_STYLES } from "@/components/ui/button";
import type { FormState } from "@/lib/platform/forms/action-result";

export type MoneyField = {
  name: string;
  label: string;
  hint?: string;
  kind: "text" | "textarea" | "amount" | "date" | "number" | "email" | "select" | "checkbox" | "photo";
  defaultValue?: string;
  options?: Option[];
  /** For "photo": how many files may be chosen at once. */
  multiple?: boolean;
};

const INPUT_TYPE: Partial<Record<MoneyField["kind"], string>> = { date: "date", email: "email", number: "text", amount: "text", text: "text" };

/**
 * A small form of the fund (a budget line, an advice, a grant, a payment, spending, a result).
 * A plain form that posts to its server action, so it works without JavaScript; every field has
 * its label, hint and error region, and typed values come back after a refusal.
 */
export function MoneyForm({
  action,
  id,
  hidden,
  fields,
  submit,
  variant = "primary",
  done = "Opgeslagen.",
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** Unique on the page: prefixes the field ids. */
  id: string;
  hidden: Record<string, string | number>;
  fields: MoneyField[];
  submit: string;
  variant?: keyof typeof BUTTON_STYLES;
  /** The fixed note after a post without JavaScript. */
  done?: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={formAction} className="space-y-3" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((field) => {
        const fieldId = `${id}-${field.name}`;
        const error = failed?.fieldErrors[field.name]?.[0];
        const a11y = fieldA11y(fieldId, error, field.hint);
        const value = failed?.values?.[field.name] ?? field.defaultValue;
        if (field.kind === "checkbox") {
          return (
            <div key={field.name} className="flex items-center gap-3">
              <input type="checkbox" name={field.name} defaultChecked={value === "on" || value === "true"} {...a11y} className={CHECKBOX_STYLES} />
              <label htmlFor={fieldId} className="font-bold">
                {field.label}
              </label>
            </div>
          );
        }
        return (
          <Field key={field.name} id={fieldId} label={field.label} hint={field.hint} error={error}>
            {field.kind === "textarea" ? (
              <textarea name={field.name} rows={3} defaultValue={value} {...a11y} className={INPUT_STYLES} />
            ) : field.kind === "select" ? (
              // Keyed by the value: React applies a select's defaultValue only when it mounts, and the
              // form's reset after a refusal would otherwise drop the choice.
              <select key={value} name={field.name} defaultValue={value} {...a11y} className={INPUT_STYLES}>
                <Options empty="Kies…" options={field.options ?? []} />
              </select>
            ) : field.kind === "photo" ? (
              <input type="file" name={field.name} accept="image/jpeg,image/png,image/webp" multiple={field.multiple} {...a11y} className={INPUT_STYLES} />
            ) : (
              <input
                type={INPUT_TYPE[field.kind]}
                name={field.name}
                inputMode={field.kind === "amount" ? "decimal" : field.kind === "number" ? "numeric" : undefined}
                defaultValue={value}
                {...a11y}
                className={INPUT_STYLES}
              />
            )}
          </Field>
        );
      })}
      <SubmitButton pending={pending} variant={variant}>
        {submit}
      </SubmitButton>
      <FormStatus state={state} done={{ id, text: done }} />
    </form>
  );
}
