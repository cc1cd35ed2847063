/** Wall-clock moments in the Netherlands, right across summer and winter time. */
import { fromLocalInput, wallClockParts } from "@/lib/platform/time";

const pad = (n: number) => String(n).padStart(2, "0");

/** The UTC moment of a Dutch wall-clock time on a given date. */
export function amsterdamTime(year: number, month: number, day: number, hour: number, minute = 0): Date {
  // Walk the date in UTC first, so a day like 32 March becomes 1 April.
  const date = new Date(Date.UTC(year, month - 1, day, 12));
  return fromLocalInput(`${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}T${pad(hour)}:${pad(minute)}`)!;
}

/**
 * The latest moment at or before `now` that is `hour:minute` Dutch time, on `weekday` (0 = Sunday,
 * 1 = Monday) when given, else on any day.
 */
export function lastLocalMoment(now: Date, at: { hour: number; minute?: number; weekday?: number }): Date {
  const local = wallClockParts(now);
  const today = new Date(Date.UTC(local.year!, local.month! - 1, local.day!, 12));
  const back = at.weekday === undefined ? 0 : (today.getUTCDay() - at.weekday + 7) % 7;
  const on = (daysBack: number) => amsterdamTime(local.year!, local.month!, local.day! - daysBack, at.hour, at.minute ?? 0);
  const moment = on(back);
  return moment <= now ? moment : on(back + (at.weekday === undefined ? 1 : 7));
}
