import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/mobile";

/*
 * Mobile numbers only: a text message cannot reach a landline. The "mobile" metadata of
 * libphonenumber-js calls every other kind of number invalid. Without a country code a number is
 * read as Dutch (06 12345678). Client-safe: the sign-up form's schema uses it too.
 */

export const PHONE_INVALID = "Dit is geen mobiel nummer. Kijk het na, bijvoorbeeld 06 12345678.";

/** Texts cost money and reach anyone: only these countries (the border region), unless SMS_COUNTRIES says otherwise. */
const DEFAULT_SMS_COUNTRIES = ["NL", "BE", "DE"];

/**
 * The countries whose mobile numbers get texts, from SMS_COUNTRIES ("NL,BE,DE"). In the browser the
 * variable is not there and the default applies; the server checks again with its own setting.
 */
export function smsCountries(): string[] {
  const setting = typeof process === "undefined" ? undefined : process.env.SMS_COUNTRIES;
  const countries = (setting ?? "")
    .split(",")
    .map((code) => code.trim().toUpperCase())
    .filter((code) => isSupportedCountry(code));
  return countries.length > 0 ? countries : DEFAULT_SMS_COUNTRIES;
}

const countryName = (code: string) => new Intl.DisplayNames(["nl"], { type: "region" }).of(code) ?? code;

/** "Wij sturen alleen sms naar mobiele nummers uit Nederland, België of Duitsland. …" */
export function phoneCountryMessage(): string {
  const names = new Intl.ListFormat("nl", { type: "disjunction" }).format(smsCountries().map(countryName));
  return `Wij sturen alleen sms naar mobiele nummers uit ${names}. Vul een ander nummer of een e-mailadres in.`;
}

/** The number in E.164, or what is wrong with it (in Dutch, for the field). */
export function readMobile(typed: string): { number: string } | { refused: string } {
  const number = parsePhoneNumberFromString(typed.trim(), "NL");
  if (!number?.isValid()) return { refused: PHONE_INVALID };
  if (!smsCountries().includes(number.country as CountryCode)) return { refused: phoneCountryMessage() };
  return { number: number.number };
}

/** The number in E.164 (+31612345678), or null when it is not a mobile number we text. */
export function normaliseMobile(typed: string): string | null {
  const read = readMobile(typed);
  return "number" in read ? read.number : null;
}
