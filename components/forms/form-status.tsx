import type { FormState } from "@/lib/platform/forms/action-result";

/** The overall answer of the last submit, announced to screen readers. */
export function FormStatus({ state }: { state: FormState }) {
  if (!state?.message) return <p className="sr-only" aria-live="polite" />;
  return (
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
  );
}

/**
 * The answer to a write without JavaScript, shown after the redirect to the page (`?gelukt=<key>`,
 * lib/platform/forms/done-notes.ts), where the form is.
 */
export function DoneNote({ note }: { note: string }) {
  return (
    <p role="status" className="rounded-lg border-2 border-brand bg-brand-light p-3 font-semibold">
      {note}
    </p>
  );
}
