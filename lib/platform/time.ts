// Forms work in the wall-clock time of Heerlen ("2026-08-08T17:00" from <input type="datetime-local">);
// the database stores instants. These two functions convert between them, summer time included.
const TIME_ZONE = "Europe/Amsterdam";

const partsFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** Year, month, day, hour and minute of an instant on the clocks of Heerlen. */
export function wallClockParts(date: Date): Record<string, number> {
  return Object.fromEntries(
    partsFormat.formatToParts(date).filter((p) => p.type !== "literal").map((p) => [p.type, Number(p.value)]),
  );
}

/** The local input value of an instant: "YYYY-MM-DDTHH:mm" in Heerlen's time. */
export function toLocalInput(date: Date): string {
  const p = wallClockParts(date);
  const pad = (n: number | undefined) => String(n ?? 0).padStart(2, "0");
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

export const LOCAL_INPUT_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The instant of a local input value, or null when it is not a real date and time. */
export function fromLocalInput(value: string): Date | null {
  const match = LOCAL_INPUT_PATTERN.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  // Shift by the zone's offset at that moment (measured twice to settle on DST changes).
  let guess = asUtc;
  for (let i = 0; i < 2; i++) {
    const p = wallClockParts(new Date(guess));
    const shown = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!);
    guess += asUtc - shown;
  }
  return new Date(guess);
}

/** The day of an instant on the clocks of Heerlen, as "YYYY-MM-DD". */
export function localDay(now: Date): string {
  const p = wallClockParts(now);
  const pad = (n: number | undefined) => String(n ?? 0).padStart(2, "0");
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** "YYYY-MM-DD" plus whole months; the 31st becomes the last day of a shorter month. */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
}
