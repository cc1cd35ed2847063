import type { ReactNode } from "react";

export type FieldA11y = {
  id: string;
  "aria-invalid": boolean | undefined;
  "aria-describedby": string | undefined;
};

/** Accessible wiring of one field: the hint and the error are linked to the input. */
export function fieldA11y(id: string, error: string | undefined, hint?: string): FieldA11y {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy.length ? describedBy.join(" ") : undefined,
  };
}

/** A visible label, an optional hint, the control, and the error region below it. */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-base text-muted">
          {hint}
        </p>
      )}
      {children}
      <p id={`${id}-error`} className="min-h-0 font-semibold text-danger" aria-live="polite">
        {error ?? ""}
      </p>
    </div>
  );
}

export const CHECKBOX_STYLES = "h-7 w-7 shrink-0 accent-brand";

export const INPUT_STYLES =
  "block min-h-12 w-full rounded-lg border-2 border-gray-500 bg-white px-3 py-2 text-lg aria-[invalid=true]:border-danger";
