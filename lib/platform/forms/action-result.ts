
export type FieldErrors = Record<string, string[] | undefined>;

/** The one return shape of every form action. `values` gives back what was typed. */
export type ActionResult =
  | { ok: true; message?: string }
  | { ok: false; fieldErrors: FieldErrors; message: string; values?: Record<string, string> };

export type FormState = ActionResult | null;

export const CHECK_FIELDS = "Niet alles is goed ingevuld. Kijk de velden met een melding na.";
export const SOMETHING_WENT_WRONG = "Er ging iets mis aan onze kant. Probeer het nog een keer.";

/**
 * The text fields of a submitted form, to put back into the form after an error. A hand-made
 * call can pass anything instead of a form: that is an empty form, which the schema refuses.
 */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  if (!(formData instanceof FormData)) return values;
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

export function refusal(
  message: string,
  values?: Record<string, string>,
  fieldErrors: FieldErrors = {},
): ActionResult {
  return { ok: false, fieldErrors, message, values };
}
