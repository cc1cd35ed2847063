import "server-only";
import { getDb } from "@/db/client";
import { activityRows, noShowBasis, seriesRows, sumAttendance, type ActivityRow, type AttendanceCounts, type NoShowBasis, type SeriesRow } from "./queries/activity-figures";
import type { StatsFilter } from "./filters";
import { backingTotals, byTheme, byWijk, funnel, type BackingTotals, type Funnel, type ThemeRow, type WijkRow } from "./queries/initiative-figures";
import { moneyFigures, type MoneyFigures } from "./queries/money-figures";
import { participants, type Participants } from "./queries/participants";
import { goalProgress, type GoalProgress } from "./queries/goal";
import { meedoenFigures, type MeedoenFigures } from "./queries/meedoen-figures";
import { trajectoryFigures, type TrajectoryFigures } from "./queries/trajectory-figures";
import { monthlyTrend, type TrendRow } from "./queries/trend";

export type Figures = {
  goal: GoalProgress;
  funnel: Funnel;
  byWijk: WijkRow[];
  byTheme: ThemeRow[];
  backings: BackingTotals;
  activities: ActivityRow[];
  series: SeriesRow[];
  attendance: AttendanceCounts & { noShow: NoShowBasis };
  participants: Participants;
  trend: TrendRow[];
  money: MoneyFigures;
  meedoen: MeedoenFigures;
  trajectories: TrajectoryFigures;
};

/** Every figure of the dashboard, /cijfers and the open-data API: one source of truth, live. */
export function computeFigures(filter: StatsFilter, now: number = Date.now()): Figures {
  const db = getDb();
  const activities = activityRows(db, filter, now);
  return {
    goal: goalProgress(filter.wijkId),
    funnel: funnel(db, filter),
    byWijk: byWijk(db, filter),
    byTheme: byTheme(db, filter),
    backings: backingTotals(db, filter),
    activities,
    series: seriesRows(activities),
    attendance: { ...sumAttendance(activities), noShow: noShowBasis(activities) },
    participants: participants(db, filter),
    trend: monthlyTrend(db, filter, now),
    money: moneyFigures(db, filter),
    meedoen: meedoenFigures(db, filter, now),
    trajectories: trajectoryFigures(db, now),
  };
}
