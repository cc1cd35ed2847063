const TIME_ZONE = "Europe/Amsterdam";

const dateFormat = new Intl.DateTimeFormat("nl-NL", {
  weekday: "long",
  day: "numeric",
  month: "long",
  timeZone: TIME_ZONE,
});
const timeFormat = new Intl.DateTimeFormat("nl-NL", { hour: "2-digit", minute: "2-digit", timeZone: TIME_ZONE });

const dateWithYearFormat = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: TIME_ZONE });

/** "15 augustus 2026, 17:00 – 20:00": for papers that are read years later (a certificate). */
export function formatTimeWithYear(startsAt: Date, endsAt: Date): string {
  return `${dateWithYearFormat.format(startsAt)}, ${timeFormat.format(startsAt)} – ${timeFormat.format(endsAt)}`;
}

/** "zaterdag 15 augustus, 17:00 – 20:00" */
export function formatActivityTime(startsAt: Date, endsAt: Date): string {
  return `${dateFormat.format(startsAt)}, ${timeFormat.format(startsAt)} – ${timeFormat.format(endsAt)}`;
}

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** "14:03", in Dutch time. */
export function formatClockTime(date: Date): string {
  return timeFormat.format(date);
}

/** "3 seconden geleden", "1 minuut geleden": a short age, never "0". */
export function formatAgo(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  if (seconds < 60) return seconds === 1 ? "1 seconde geleden" : `${seconds} seconden geleden`;
  const minutes = Math.floor(seconds / 60);
  return minutes === 1 ? "1 minuut geleden" : `${minutes} minuten geleden`;
}

export function placesLeftText(places: number, taken: number): string {
  const left = Math.max(0, places - taken);
  if (left === 0) return "Vol — wachtlijst";
  return left === 1 ? "Nog 1 plek" : `Nog ${left} plekken`;
}
