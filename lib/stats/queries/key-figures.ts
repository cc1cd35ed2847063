import type { PeopleCount, PresentedFigures, TrajectoryCount } from "../present";

/** How many of the last months count as "this period"; the change is against the months before. */
export const KEY_PERIOD_MONTHS = 3;

export type KeyFigure = {
  id: string;
  label: string;
  value: PeopleCount | TrajectoryCount;
  /** What the value counts, in a few words. */
  note: string;
  /** The last period against the one before, when both counts may be shown; `what` they count. */
  change: { now: number; before: number; what: string } | null;
};

type TrendKey = "proposed" | "backings" | "signedUp" | "attended";

function periodChange(figures: PresentedFigures, key: TrendKey, what: string): KeyFigure["change"] {
  const values = figures.trend.map((row) => row[key]);
  const sum = (part: PeopleCount[]) => (part.every((v) => typeof v === "number") ? (part as number[]).reduce((a, b) => a + b, 0) : null);
  const now = sum(values.slice(-KEY_PERIOD_MONTHS));
  const before = sum(values.slice(-2 * KEY_PERIOD_MONTHS, -KEY_PERIOD_MONTHS));
  return now === null || before === null ? null : { now, before, what };
}

/**
 * The few figures people grasp at a glance, on top of /cijfers and /dashboard. A list, so a later
 * figure (e.g. money spent) is one more entry.
 */
export function keyFigures(figures: PresentedFigures): KeyFigure[] {
  return [
    {
      id: "bewoners",
      label: "Bewoners doen mee",
      value: figures.participants.total,
      note: "met een idee, steun, hulp of bij een activiteit",
      change: null,
    },
    {
      id: "ideeen",
      label: `Ideeën op weg naar ${figures.goal.goal}`,
      value: figures.goal.count,
      note: "ideeën staan op de website of zijn verder",
      change: periodChange(figures, "proposed", "ideeën ingestuurd"),
    },
    {
      id: "activiteiten",
      label: "Mensen bij activiteiten",
      value: figures.attendance.came,
      note: "kwamen echt, binnenlopers meegeteld",
      change: periodChange(figures, "attended", "mensen gekomen"),
    },
    {
      id: "meedoen",
      label: "Uren geholpen",
      // Hidden for the public while fewer than 5 people gave them.
      value: figures.meedoen.total.hours ?? "<5",
      note: "door bewoners, op plekken om te helpen",
      change: null,
    },
  ];
}
