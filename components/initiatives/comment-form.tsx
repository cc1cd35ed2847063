"use client";

import type { z } from "zod";
import { Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { addCommentAction } from "@/lib/initiatives/actions/moderation";
import { COMMENT_MAX } from "@/lib/initiatives/fields";

type CommentValues = { initiativeId: string; body: string };

/** A new comment. The page gives it a new key after each comment, which empties it. */
export function CommentForm({ initiativeId }: { initiativeId: number }) {
  const { form, state, pending, errorOf, formProps } = useServerForm<CommentValues>({
    schema: () => import("@/lib/initiatives/schema").then((m) => m.commentSchema as unknown as z.ZodType<unknown, CommentValues>),
    action: addCommentAction,
    defaultValues: { initiativeId: String(initiativeId), body: "" },
  });
  const error = errorOf("body");
  return (
    <form {...formProps} className="space-y-3">
      <input type="hidden" {...form.register("initiativeId")} value={initiativeId} />
      <Field id="body" label="Uw reactie" hint={`Iedereen kan dit lezen. Hoogstens ${COMMENT_MAX} tekens.`} error={error}>
        <textarea
          {...form.register("body")}
          {...fieldA11y("body", error, "hint")}
          defaultValue={state && !state.ok ? state.values?.body : ""}
          rows={3}
          className={INPUT_STYLES}
        />
      </Field>
      <SubmitButton pending={pending}>Reactie plaatsen</SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
