/** A field people never see or fill in; bots that fill every field give themselves away. */
export const HONEYPOT_FIELD = "website";

export function filledHoneypot(values: Record<string, string>): boolean {
  return (values[HONEYPOT_FIELD] ?? "").trim() !== "";
}
