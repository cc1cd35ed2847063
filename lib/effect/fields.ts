// Limits of the buurtmonitor's dates, zod-free so forms may import them.

export const MONITOR_YEAR_MIN = 2020;
export const MONITOR_YEAR_MAX = 2100;
/** A monitor is short: at most three months open. */
export const MONITOR_MAX_DAYS = 92;
/** A wijk with fewer answers than this shows no monitor result at all. */
export const MONITOR_MIN_ANSWERS = 10;
/** An activity (or series) with fewer answers than this shows none of its three questions. */
export const FEEDBACK_MIN_ANSWERS = 5;
