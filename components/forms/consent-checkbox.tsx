import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { fieldA11y } from "./field";

/** `value`: what the form holds for the box ("ja" when ticked). */
type Props = { registered: UseFormRegisterReturn; value: unknown; error: string | undefined; children: ReactNode };

/** The guest's own consent to the use of what they typed ("consent"), with its error below it; posts "ja" when ticked. */
export function ConsentCheckbox({ registered, value, error, children }: Props) {
  return (
    <div className="space-y-1">
      <div className="flex items-start gap-3">
        <input {...registered} {...fieldA11y("consent", error)} type="checkbox" value="ja" defaultChecked={value === "ja" || value === true} className="mt-1 h-7 w-7 shrink-0" />
        <label htmlFor="consent" className="font-bold">
          {children}
        </label>
      </div>
      <p id="consent-error" className="font-semibold text-danger" aria-live="polite">
        {error ?? ""}
      </p>
    </div>
  );
}
