/*
 * The limits that the activity forms show before any check runs. Zod-free on purpose: client
 * components import this module, and zod is only loaded once someone starts using a form.
 * schema.ts builds its checks from these same constants, so there is one source of truth.
 */

export const NAME_MAX = 60;
export const PHONE_MAX = 20;
export const NOTES_MAX = 300;
export const TITLE_MAX = 80;
export const DESCRIPTION_MAX = 2000;
export const ADDRESS_MAX = 120;
export const PLACES_MAX = 2000;
export const PARTY_SIZE_LIMIT = 20;
export const DEFAULT_MAX_PARTY_SIZE = 6;
export const SERIES_NAME_MAX = 60;
export const WALK_IN_NAME_MAX = NAME_MAX;
export const ORGANIZER_MESSAGE_MAX = 300;
export const ORGANIZER_REASON_MAX = 300;
