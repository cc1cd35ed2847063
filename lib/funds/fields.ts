/** Limits of the fund's forms: shown in the forms and checked by their schemas. */
export const FUND_NAME_MAX = 80;
export const PROVIDER_MAX = 120;
export const WHAT_FOR_MAX = 120;
export const ADVICE_MAX = 2000;
export const CONDITIONS_MAX = 1000;
export const REASON_MAX = 1000;
export const CONTACT_NAME_MAX = 100;
export const EMAIL_MAX = 254;
export const RESULT_TEXT_MAX = 2000;
export const COUNT_MAX = 100_000;
export const RESULT_PHOTOS_MAX = 4;
/** One amount: at most € 10 million, in cents. */
export const AMOUNT_MAX_CENTS = 1_000_000_000;
export const YEAR_MIN = 2014;
export const YEAR_MAX = 2100;
/** Budget lines stay open while the idea is being written, waits, seeks support or runs. */
export const BUDGET_OPEN_STATUSES = ["concept", "ingediend", "teruggestuurd", "zoekt_steun", "in_uitvoering"] as const;
/** A money request is decided while the idea seeks support or runs. */
export const DECIDABLE_STATUSES = ["zoekt_steun", "in_uitvoering"] as const;
