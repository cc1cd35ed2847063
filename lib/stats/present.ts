import { noShowRate, type NoShowBasis } from "./queries/activity-figures";
import type { Figures } from "./figures";
import type { MeedoenCounts } from "./queries/meedoen-figures";
import { TRAJECTORY_GOAL, type TrajectoryFigures } from "./queries/trajectory-figures";

/** Fewer than this many people in any figure is shown as "<5", so no one can be singled out. */
export const SUPPRESSION_THRESHOLD = 5;
export const SUPPRESSED = "<5" as const;
/** Every other public count of people is a multiple of this. */
const ROUNDING = 5;

export type PeopleCount = number | typeof SUPPRESSED;

/**
 * A count of people as the public sees it: 0, "<5" for 1 to 4, else rounded to the nearest
 * multiple of 5. Hiding only the small counts is not enough: totals, the other rows and the same
 * figure under another filter (one wijk, a period one day shorter) are published too, and with
 * exact numbers their difference gives a hidden count back (all BBQs minus the ones shown = 4 at
 * the one BBQ). Rounded, every published count of people is a multiple of 5, and so is every sum
 * or difference of them: never 1 to 4. Complementary suppression (hiding a second cell) cannot
 * promise that here: the period filter takes any pair of days, so the views that would have to be
 * protected against each other are endless.
 */
export function publicCount(count: number): PeopleCount {
  if (count === 0) return 0;
  return count < SUPPRESSION_THRESHOLD ? SUPPRESSED : rounded(count);
}

function rounded(count: number): number {
  return Math.round(count / ROUNDING) * ROUNDING;
}

/**
 * A no-show rate for the public: only where both counts behind it are 5 or more, and computed
 * from those counts rounded like every other, so the rate tells no more than rounded counts do.
 */
function publicNoShowRate(basis: NoShowBasis): number | null {
  if (basis.signedUp < SUPPRESSION_THRESHOLD || basis.came < SUPPRESSION_THRESHOLD) return null;
  return noShowRate({ signedUp: rounded(basis.signedUp), came: rounded(basis.came) });
}

/**
 * Figures about participation trajectories have a stricter rule, for every audience: 1 to 9 shows
 * as "<10", anything else is rounded to the nearest ten. Every published trajectory figure is then
 * 0, "<10" or a multiple of ten, and so is every sum or difference of them: never 1 to 9. They
 * take no filter (lib/stats/queries/trajectory-figures.ts), so no two views can be subtracted.
 */
export const TRAJECTORY_THRESHOLD = 10;
export const TRAJECTORY_SUPPRESSED = "<10" as const;
export type TrajectoryCount = number | typeof TRAJECTORY_SUPPRESSED;

export function trajectoryCount(count: number): TrajectoryCount {
  if (count === 0) return 0;
  return count < TRAJECTORY_THRESHOLD ? TRAJECTORY_SUPPRESSED : Math.round(count / TRAJECTORY_THRESHOLD) * TRAJECTORY_THRESHOLD;
}

/** The trajectory figures as one audience may see them: the public gets the total only. */
function presentTrajectories(figures: TrajectoryFigures, isPublic: boolean) {
  const hours = figures.helpersThisMonth >= TRAJECTORY_THRESHOLD ? Math.round(figures.hoursThisMonth / TRAJECTORY_THRESHOLD) * TRAJECTORY_THRESHOLD : null;
  return {
    goal: TRAJECTORY_GOAL,
    total: trajectoryCount(figures.total),
    now: isPublic ? null : trajectoryCount(figures.now),
    steppedUp: isPublic ? null : trajectoryCount(figures.steppedUp),
    paidWork: isPublic ? null : trajectoryCount(figures.paidWork),
    hoursThisMonth: isPublic ? null : hours,
  };
}

/** Hours given by people: for the public only where 5 or more people gave them, rounded to 5. */
function publicHours(hours: number, people: number): number | null {
  if (people === 0) return 0;
  return people < SUPPRESSION_THRESHOLD ? null : rounded(hours);
}

export type Audience = "alliantie" | "publiek";

/**
 * The figures as one audience may see them. For the public, counts of initiatives stay as they
 * are (initiatives are public), and every count of people goes through publicCount. The alliance
 * (the signed-in dashboard) sees the exact numbers.
 */
export function presentFigures(figures: Figures, audience: Audience) {
  const isPublic = audience === "publiek";
  const people = isPublic ? publicCount : (count: number): PeopleCount => count;
  const rate = isPublic ? publicNoShowRate : noShowRate;
  const attendance = (row: { signedUp: number; came: number; walkIns: number }) => ({
    signedUp: people(row.signedUp),
    came: people(row.came),
    walkIns: people(row.walkIns),
  });
  const meedoen = <Row extends MeedoenCounts>(row: Row) => ({
    ...row,
    taken: people(row.taken),
    came: people(row.came),
    hours: isPublic ? publicHours(row.hours, row.came) : row.hours,
  });
  return {
    goal: figures.goal,
    meedoen: { total: meedoen(figures.meedoen.total), byWijk: figures.meedoen.byWijk.map(meedoen), byMonth: figures.meedoen.byMonth.map(meedoen) },
    trajectories: presentTrajectories(figures.trajectories, isPublic),
    funnel: figures.funnel,
    byWijk: figures.byWijk.map((row) => ({ ...row, backings: people(row.backings) })),
    byTheme: figures.byTheme,
    backings: {
      online: people(figures.backings.online),
      paper: people(figures.backings.paper),
      helpers: people(figures.backings.helpers),
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
      noShowRate: rate(row.noShow),
    })),
    attendance: {
      ...attendance(figures.attendance),
      noShowRate: rate(figures.attendance.noShow),
    },
    participants: Object.fromEntries(
      Object.entries(figures.participants).map(([key, value]) => [key, people(value)]),
    ) as Record<keyof Figures["participants"], PeopleCount>,
    trend: figures.trend.map((row) => ({
      month: row.month,
      proposed: row.proposed,
      backings: people(row.backings),
      signedUp: people(row.signedUp),
      attended: people(row.attended),
    })),
    // Amounts of public money are public; the people behind a result are counted like any others.
    money: {
      ...figures.money,
      results: {
        ...figures.money.results,
        peopleReached: people(figures.money.results.peopleReached),
        volunteers: people(figures.money.results.volunteers),
      },
    },
  };
}

export type PresentedFigures = ReturnType<typeof presentFigures>;

/**
 * A percentage for the public: `part` of `whole` people, computed from the two counts rounded as
 * publicCount rounds them, and only where neither the part nor the rest is 1 to 4 people. So a
 * share tells no more than two published counts would (tests/effect/effect-figures.test.ts).
 */
export function publicShare(part: number, whole: number): number | null {
  const rest = whole - part;
  if ((part > 0 && part < SUPPRESSION_THRESHOLD) || (rest > 0 && rest < SUPPRESSION_THRESHOLD) || whole === 0) return null;
  const shownWhole = rounded(whole);
  return shownWhole === 0 ? null : Math.min(100, Math.round((rounded(part) / shownWhole) * 100));
}
