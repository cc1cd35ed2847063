"use client";

import type { z } from "zod";
import { Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { offerHelpAction } from "@/lib/initiatives/actions/backing";
import { HELP_NOTE_MAX } from "@/lib/initiatives/fields";

type HelpValues = { initiativeId: string; helpNote: string };

/** "Ik help mee" with a short note of what the resident can do. */
export function HelpForm({ initiativeId, alreadyOffered }: { initiativeId: number; alreadyOffered: boolean }) {
  const initial = { initiativeId: String(initiativeId), helpNote: "" };
  const { form, state, pending, errorOf, formProps } = useServerForm<HelpValues>({
    schema: () => import("@/lib/initiatives/schema").then((m) => m.helpSchema as unknown as z.ZodType<unknown, HelpValues>),
    action: offerHelpAction,
    defaultValues: initial,
  });
  const error = errorOf("helpNote");
  const typed = state && !state.ok ? (state.values?.helpNote ?? "") : "";
  return (
    <form {...formProps} className="space-y-3">
      <input type="hidden" {...form.register("initiativeId")} value={initiativeId} />
      <Field
        id="helpNote"
        label={alreadyOffered ? "Wilt u iets anders doen? Schrijf het hier" : "Wat kunt u doen?"}
        hint={`Bijvoorbeeld: "Ik kan op zaterdag klussen." Alleen de initiatiefnemer en de begeleider lezen dit. Hoogstens ${HELP_NOTE_MAX} tekens.`}
        error={error}
      >
        <textarea {...form.register("helpNote")} {...fieldA11y("helpNote", error, "hint")} defaultValue={typed} rows={3} className={INPUT_STYLES} />
      </Field>
      <SubmitButton pending={pending} variant="secondary">
        Ik help mee
      </SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
