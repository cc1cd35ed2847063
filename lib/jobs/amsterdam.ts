/** Wall-clock times in the Netherlands, right across summer and winter time. */
const TIME_ZONE = "Europe/Amsterdam";

const parts = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  weekday: "short",
});
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

type Local = { year: number; month: number; day: number; hour: number; minute: number; weekday: number };

function localOf(date: Date): Local {
  const get = Object.fromEntries(parts.formatToParts(date).map((p) => [p.type, p.value]));
  return { year: +get.year!, month: +get.month!, day: +get.day!, hour: +get.hour!, minute: +get.minute!, weekday: WEEKDAYS.indexOf(get.weekday!) };
}

/** The UTC moment of a Dutch wall-clock time (not for the hour that does not exist in spring). */
export function amsterdamTime(year: number, month: number, day: number, hour: number, minute = 0): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const local = localOf(new Date(guess));
  const offset = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute) - guess;
  const result = new Date(guess - offset);
  // Once more at the result, for a guess on the other side of a change of clocks.
  const again = localOf(result);
  const offsetThere = Date.UTC(again.year, again.month - 1, again.day, again.hour, again.minute) - result.getTime();
  return offsetThere === offset ? result : new Date(guess - offsetThere);
}

/**
 * The latest moment at or before `now` that is `hour:minute` Dutch time, on `weekday` (0 = Sunday,
 * 1 = Monday) when given, else on any day.
 */
export function lastLocalMoment(now: Date, at: { hour: number; minute?: number; weekday?: number }): Date {
  const local = localOf(now);
  const back = at.weekday === undefined ? 0 : (local.weekday - at.weekday + 7) % 7;
  // Walking days on a UTC date at noon is safe from clock changes.
  const day = new Date(Date.UTC(local.year, local.month - 1, local.day - back, 12));
  let moment = amsterdamTime(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), at.hour, at.minute ?? 0);
  if (moment > now) {
    const step = at.weekday === undefined ? 1 : 7;
    const earlier = new Date(Date.UTC(local.year, local.month - 1, local.day - back - step, 12));
    moment = amsterdamTime(earlier.getUTCFullYear(), earlier.getUTCMonth() + 1, earlier.getUTCDate(), at.hour, at.minute ?? 0);
  }
  return moment;
}
