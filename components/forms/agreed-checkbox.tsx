import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { CHECKBOX_STYLES, fieldA11y } from "./field";

/** `value`: what the form holds for the box: true or "on" when ticked. */
type Props = { registered: UseFormRegisterReturn; id: string; value: unknown; error: string | undefined; children: ReactNode };

/** A required tick ("the resident agrees"), with its error below it; posts "on" when ticked. */
export function AgreedCheckbox({ registered, id, value, error, children }: Props) {
  return (
    <div className="space-y-1">
      <label className="flex min-h-11 items-center gap-3 font-bold">
        <input type="checkbox" value="on" {...registered} {...fieldA11y(id, error)} defaultChecked={value === true || value === "on"} className={CHECKBOX_STYLES} />
        {children}
      </label>
      <p id={`${id}-error`} className="font-semibold text-danger" aria-live="polite">
        {error ?? ""}
      </p>
    </div>
  );
}
