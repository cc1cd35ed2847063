"use client";

import { useActionState } from "react";
import { Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { reviewAction } from "@/lib/initiatives/actions/moderation";

/** A buurtwerker's decision on an idea or comment: hide it, or keep / put it back. A reason is required. */
export function ReviewForm({
  initiativeId,
  commentId,
  hidden,
  reported,
}: {
  initiativeId: number;
  commentId?: number;
  hidden: boolean;
  reported: boolean;
}) {
  const [state, action, pending] = useActionState(reviewAction, null);
  const failed = state && !state.ok ? state : null;
  const id = `reason-${commentId ? `comment-${commentId}` : "initiative"}`;
  const error = failed?.fieldErrors.reason?.[0];
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="initiativeId" value={initiativeId} />
      {commentId && <input type="hidden" name="commentId" value={commentId} />}
      <Field id={id} label="Reden (komt in het logboek)" error={error}>
        <input name="reason" defaultValue={failed?.values?.reason} {...fieldA11y(id, error)} className={INPUT_STYLES} />
      </Field>
      <div className="flex flex-wrap gap-2">
        {(hidden || reported) && (
          <SubmitButton pending={pending} name="decision" value="restore" variant="secondary">
            {hidden ? "Terugzetten" : "Laten staan"}
          </SubmitButton>
        )}
        <SubmitButton pending={pending} name="decision" value="hide" variant="danger">
          {hidden ? "Verborgen houden" : "Verbergen"}
        </SubmitButton>
      </div>
      <FormStatus state={state} />
    </form>
  );
}
