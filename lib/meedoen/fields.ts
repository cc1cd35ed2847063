/*
 * The limits the forms for places to help show before any check runs. Zod-free: client components
 * import it. schema.ts builds its checks from the same constants.
 */

export const TASK_MAX = 160;
export const BRING_MAX = 200;
export const HOST_NAME_MAX = 40;
export const HELP_PLACES_MAX = 50;
/** The host answers within this many days. */
export const ANSWER_DAYS = 5;
