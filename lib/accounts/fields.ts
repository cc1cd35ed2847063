/*
 * The limits that the account forms show before any check runs. Zod-free on purpose: client
 * components import this module, and zod is only loaded once someone starts using a form.
 * schema.ts builds its checks from these same constants, so there is one source of truth.
 */

export const DISPLAY_NAME_MIN = 2;
export const DISPLAY_NAME_MAX = 40;
export const EMAIL_MAX = 254;
export const BLOCK_REASON_MAX = 300;
/** The sign-in code has 6 digits; typed with spaces or dashes it may be longer. */
export const SIGN_IN_CODE_INPUT_MAX = 20;
