import type { Figures } from "./figures";

/** Fewer than this many people in any figure is shown as "<5", so no one can be singled out. */
export const SUPPRESSION_THRESHOLD = 5;
export const SUPPRESSED = "<5" as const;

export type PeopleCount = number | typeof SUPPRESSED;

export function suppressSmall(count: number): PeopleCount {
  return count > 0 && count < SUPPRESSION_THRESHOLD ? SUPPRESSED : count;
}

/** A no-show rate only where both counts behind it are large enough to publish. */
function publishableRate(rate: number | null, signedUp: number, came: number): number | null {
  return signedUp >= SUPPRESSION_THRESHOLD && came >= SUPPRESSION_THRESHOLD ? rate : null;
}

export type Audience = "alliantie" | "publiek";

/**
 * The figures as one audience may see them. For the public, counts of initiatives stay as they
 * are (initiatives are public), and every count of people becomes "<5" when it is 1 to 4.
 */
export function presentFigures(figures: Figures, audience: Audience) {
  const suppress = audience === "publiek" ? suppressSmall : (count: number): PeopleCount => count;
  const publicRate = audience === "publiek" ? publishableRate : (rate: number | null) => rate;
  const attendance = (row: { signedUp: number; came: number; walkIns: number }) => ({
    signedUp: suppress(row.signedUp),
    came: suppress(row.came),
    walkIns: suppress(row.walkIns),
  });
  return {
    goal: figures.goal,
    funnel: figures.funnel,
    byWijk: figures.byWijk.map((row) => ({ ...row, backings: suppress(row.backings) })),
    byTheme: figures.byTheme,
    backings: {
      online: suppress(figures.backings.online),
      paper: suppress(figures.backings.paper),
      helpers: suppress(figures.backings.helpers),
    },
    activities: figures.activities.map((row) => ({
      id: row.id,
      title: row.title,
      startsAt: new Date(row.startsAt).toISOString(),
      wijk: row.wijk,
      series: row.series,
      places: row.places,
      ...attendance(row),
    })),
    series: figures.series.map((row) => ({
      series: row.series,
      activities: row.activities,
      ...attendance(row),
      noShowRate: publicRate(row.noShowRate, row.signedUp, row.came),
    })),
    attendance: {
      ...attendance(figures.attendance),
      noShowRate: publicRate(figures.attendance.noShowRate, figures.attendance.signedUp, figures.attendance.came),
    },
    participants: Object.fromEntries(
      Object.entries(figures.participants).map(([key, value]) => [key, suppress(value)]),
    ) as Record<keyof Figures["participants"], PeopleCount>,
    trend: figures.trend.map((row) => ({
      month: row.month,
      proposed: row.proposed,
      backings: suppress(row.backings),
      signedUp: suppress(row.signedUp),
      attended: suppress(row.attended),
    })),
    // Amounts of public money are public; the people behind a result are counted like any others.
    money: {
      ...figures.money,
      results: {
        ...figures.money.results,
        peopleReached: suppress(figures.money.results.peopleReached),
        volunteers: suppress(figures.money.results.volunteers),
      },
    },
  };
}

export type PresentedFigures = ReturnType<typeof presentFigures>;
