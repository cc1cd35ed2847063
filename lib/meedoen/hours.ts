const HOUR = 60 * 60 * 1000;

/** The hours of one date, from its times, to the quarter hour. */
export function hoursOf(startsAt: Date, endsAt: Date): number {
  return Math.round(((endsAt.getTime() - startsAt.getTime()) / HOUR) * 4) / 4;
}

/** "3 uur", "2,5 uur". */
export function hoursText(hours: number): string {
  return `${hours.toLocaleString("nl-NL", { maximumFractionDigits: 2 })} uur`;
}
