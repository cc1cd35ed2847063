"use client";

import type { z } from "zod";
import { Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { hideUpdateAction } from "@/lib/updates/actions/updates";
import { HIDE_REASON_MAX } from "@/lib/updates/fields";

type HideValues = { initiativeId: string; updateId: string; reason: string };

/** Staff hide a progress update, with a reason for the audit log. */
export function HideUpdateForm({ initiativeId, updateId }: { initiativeId: number; updateId: number }) {
  const { field, state, pending, errorOf, formProps } = useServerForm<HideValues>({
    schema: () => import("@/lib/updates/schema").then((m) => m.hideUpdateSchema as unknown as z.ZodType<unknown, HideValues>),
    action: hideUpdateAction,
    defaultValues: { initiativeId: String(initiativeId), updateId: String(updateId), reason: "" },
  });
  const id = `reason-${updateId}`;
  const error = errorOf("reason");
  return (
    <details>
      <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold">Dit bericht verbergen</summary>
      <form {...formProps} className="space-y-2">
        <input type="hidden" name="initiativeId" value={initiativeId} />
        <input type="hidden" name="updateId" value={updateId} />
        <Field id={id} label="Waarom verbergt u dit?" hint={`Komt in het logboek. Hoogstens ${HIDE_REASON_MAX} tekens.`} error={error}>
          <textarea {...field("reason")} {...fieldA11y(id, error, "hint")} rows={2} className={INPUT_STYLES} />
        </Field>
        <SubmitButton pending={pending} variant="danger">
          Verbergen
        </SubmitButton>
        <FormStatus state={state} done={{ id: `verbergen-${updateId}`, text: "Het bericht is verborgen." }} />
      </form>
    </details>
  );
}
