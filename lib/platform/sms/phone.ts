import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/mobile";

/*
 * Mobile numbers only: a text message cannot reach a landline. The "mobile" metadata of
 * libphonenumber-js calls every other kind of number invalid. Without a country code a number is
 * read as Dutch (06 12345678). Client-safe: the sign-up form's schema uses it too.
 */

export const PHONE_INVALID = "Dit is geen mobiel nummer. Kijk het na, bijvoorbeeld 06 12345678.";

/**
 * Texts cost money and reach anyone: only mobile numbers of the border region get them. The server
 * may narrow the list (SMS_COUNTRIES, read in lib/platform/env.ts); the form in the browser knows this default.
 */
export const DEFAULT_SMS_COUNTRIES: readonly string[] = ["NL", "BE", "DE"];

/** The countries of the setting (env().smsCountries): known codes only; none at all means the default. */
export function smsCountriesOf(codes: readonly string[] | undefined): readonly string[] {
  const countries = (codes ?? []).filter((code) => isSupportedCountry(code));
  return countries.length > 0 ? countries : DEFAULT_SMS_COUNTRIES;
}

const countryName = (code: string) => new Intl.DisplayNames(["nl"], { type: "region" }).of(code) ?? code;

/** "Wij sturen alleen sms naar mobiele nummers uit Nederland, België of Duitsland. …" */
export function phoneCountryMessage(countries: readonly string[] = DEFAULT_SMS_COUNTRIES): string {
  const names = new Intl.ListFormat("nl", { type: "disjunction" }).format(countries.map(countryName));
  return `Wij sturen alleen sms naar mobiele nummers uit ${names}. Vul een ander nummer of een e-mailadres in.`;
}

/** The number in E.164, or what is wrong with it (in Dutch, for the field). */
export function readMobile(typed: string, countries: readonly string[] = DEFAULT_SMS_COUNTRIES): { number: string } | { refused: string } {
  const number = parsePhoneNumberFromString(typed.trim(), "NL");
  if (!number?.isValid()) return { refused: PHONE_INVALID };
  if (!countries.includes(number.country as CountryCode)) return { refused: phoneCountryMessage(countries) };
  return { number: number.number };
}

/** The number in E.164 (+31612345678), or null when it is not a mobile number we text. */
export function normaliseMobile(typed: string, countries: readonly string[] = DEFAULT_SMS_COUNTRIES): string | null {
  const read = readMobile(typed, countries);
  return "number" in read ? read.number : null;
}
