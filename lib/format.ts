const TIME_ZONE = "Europe/Amsterdam";

const dateFormat = new Intl.DateTimeFormat("nl-NL", {
  weekday: "long",
  day: "numeric",
  month: "long",
  timeZone: TIME_ZONE,
});
const timeFormat = new Intl.DateTimeFormat("nl-NL", { hour: "2-digit", minute: "2-digit", timeZone: TIME_ZONE });

/** "zaterdag 15 augustus, 17:00 – 20:00" */
export function formatActivityTime(startsAt: Date, endsAt: Date): string {
  return `${dateFormat.format(startsAt)}, ${timeFormat.format(startsAt)} – ${timeFormat.format(endsAt)}`;
}

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

export function placesLeftText(places: number, taken: number): string {
  const left = Math.max(0, places - taken);
  if (left === 0) return "Vol — wachtlijst";
  return left === 1 ? "Nog 1 plek" : `Nog ${left} plekken`;
}
