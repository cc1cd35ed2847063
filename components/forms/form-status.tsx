import { Suspense } from "react";
import type { FormState } from "@/lib/platform/forms/action-result";
import { FORM_ID_FIELD } from "@/lib/platform/forms/done-notes";
import { DoneInAddress } from "./done-in-address";

/**
 * What a form says after a post without JavaScript succeeded: `id` names the form (unique on its
 * page), `text` is its fixed note. The action sends the browser back to the page (a 303, not a
 * whole page rendered for one person) and the note shows here again.
 */
export type DoneWithoutScript = { id: string; text: string };

/** The overall answer of the last submit, announced to screen readers. */
export function FormStatus({ state, done }: { state: FormState; done?: DoneWithoutScript }) {
  const answer = state?.message ? (
    <p
      aria-live="polite"
      className={
        state.ok
          ? "rounded-lg border-2 border-brand bg-brand-light p-3 font-semibold"
          : "rounded-lg border-2 border-danger bg-red-50 p-3 font-semibold text-danger"
      }
    >
      {state.message}
    </p>
  ) : (
    <p className="sr-only" aria-live="polite" />
  );
  if (!done) return answer;
  return (
    <>
      <input type="hidden" name={FORM_ID_FIELD} value={done.id} />
      {!state?.message && (
        <Suspense fallback={null}>
          <DoneInAddress {...done} />
        </Suspense>
      )}
      {answer}
    </>
  );
}
