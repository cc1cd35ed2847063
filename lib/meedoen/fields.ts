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
/** The other days of a place offered for a few dates (one row each, one series), each with the first day's times. */
export const MORE_DATE_NAMES = ["date2", "date3", "date4", "date5", "date6"] as const;
/** An unanswered request reminds the host after this many days; after ANSWER_DAYS the buurtwerker hears it. */
export const REMIND_HOST_DAYS = 3;
