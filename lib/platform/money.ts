/**
 * Euro amounts as typed by people ("1.250,50", "1250", "€ 12,5", "12.50") to whole cents, and
 * back. Only string and integer arithmetic: a float never holds money.
 */

const WITH_COMMA = /^(\d{1,3}(?:\.\d{3})+|\d+),(\d{1,2})$/;
const THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;
const DOT_DECIMAL = /^(\d+)\.(\d{1,2})$/;
const WHOLE = /^\d+$/;

/** Whole cents, or null when the text is not an amount in euros. */
export function parseEuros(input: string): number | null {
  const text = input.replace(/€|eur(o)?/gi, "").replace(/\s/g, "").replace(/,-+$/, "");
  let euros: string;
  let cents = "";
  const comma = text.match(WITH_COMMA);
  const dot = text.match(DOT_DECIMAL);
  if (comma) {
    euros = comma[1]!.replace(/\./g, "");
    cents = comma[2]!;
  } else if (THOUSANDS.test(text)) {
    euros = text.replace(/\./g, "");
  } else if (dot) {
    euros = dot[1]!;
    cents = dot[2]!;
  } else if (WHOLE.test(text)) {
    euros = text;
  } else {
    return null;
  }
  if (euros.length > 9) return null;
  return Number(euros) * 100 + Number(cents.padEnd(2, "0"));
}

/** "€ 1.250,50"; whole euros without ",00" when `short`. */
export function formatEuros(cents: number, short = false): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const euros = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const rest = String(abs % 100).padStart(2, "0");
  return short && rest === "00" ? `${sign}€ ${euros}` : `${sign}€ ${euros},${rest}`;
}

/** "1250.50": a plain decimal for spreadsheets and bookkeeping files. */
export function centsToDecimal(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** What an amount field shows again: "1250,50". */
export function centsToInput(cents: number): string {
  return centsToDecimal(cents).replace(".", ",");
}
