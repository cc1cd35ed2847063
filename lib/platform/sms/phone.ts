import { parsePhoneNumberFromString } from "libphonenumber-js/mobile";

/*
 * Mobile numbers only: a text message cannot reach a landline. The "mobile" metadata of
 * libphonenumber-js calls every other kind of number invalid. Without a country code a number is
 * read as Dutch (06 12345678). Client-safe: the sign-up form's schema uses it too.
 */

export const PHONE_INVALID = "Dit is geen mobiel nummer. Kijk het na, bijvoorbeeld 06 12345678.";

/** The number in E.164 (+31612345678), or null when it is not a mobile number. */
export function normaliseMobile(typed: string): string | null {
  const number = parsePhoneNumberFromString(typed.trim(), "NL");
  return number?.isValid() ? number.number : null;
}
