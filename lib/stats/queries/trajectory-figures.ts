import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { helpPlaces, helpTakes, trajectories, trajectoryReviews, trajectoryTally } from "@/db/schema";

/** The programme's second ambition: 600 people in a participation trajectory. */
export const TRAJECTORY_GOAL = 600;

/**
 * Participation trajectories, always for the whole area and up to now: no wijk or period filter
 * applies, so no two filtered views can be subtracted. `helpers` is how many clients the hours
 * of this month come from (the hours are shown only when that count may be); a client without an
 * account counts with the places taken with their number.
 */
export type TrajectoryFigures = { now: number; total: number; steppedUp: number; paidWork: number; hoursThisMonth: number; helpersThisMonth: number };

export function trajectoryFigures(db: Db, now: number): TrajectoryFigures {
  const at = new Date(now);
  const monthStart = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1);
  const nextMonth = Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1);
  const stepped = sql`(${trajectories.outcome} = 'trede_omhoog' or exists (select 1 from ${trajectoryReviews}
    where ${trajectoryReviews.trajectoryId} = ${trajectories.id} and ${trajectoryReviews.step} > ${trajectories.startStep}))`;
  const live = db.get<{ now: number; total: number; steppedUp: number; paidWork: number }>(sql`
    select count(case when ${trajectories.endedOn} is null then 1 end) as now, count(*) as total,
      coalesce(sum(${stepped}), 0) as steppedUp, count(case when ${trajectories.outcome} = 'betaald_werk' then 1 end) as paidWork
    from ${trajectories}`);
  const tally = db.get<{ total: number; steppedUp: number; paidWork: number }>(sql`
    select count(*) as total, coalesce(sum(${trajectoryTally.steppedUp}), 0) as steppedUp, coalesce(sum(${trajectoryTally.paidWork}), 0) as paidWork
    from ${trajectoryTally}`);
  const month = db.get<{ hours: number; helpers: number }>(sql`
    select coalesce(sum(round((${helpPlaces.endsAt} - ${helpPlaces.startsAt}) / 900000.0) / 4.0), 0) as hours,
      count(distinct coalesce(${helpTakes.userId}, ${helpTakes.phone})) as helpers
    from ${helpTakes}
    join ${helpPlaces} on ${helpPlaces.id} = ${helpTakes.placeId}
    where ${helpTakes.came} = 1 and ${helpPlaces.startsAt} >= ${monthStart} and ${helpPlaces.startsAt} < ${nextMonth}
      and (${helpTakes.userId} in (select ${trajectories.clientId} from ${trajectories} where ${trajectories.endedOn} is null)
        or ${helpTakes.phone} in (select ${trajectories.clientPhone} from ${trajectories} where ${trajectories.endedOn} is null and ${trajectories.clientId} is null))`);
  return {
    now: live.now,
    total: live.total + tally.total,
    steppedUp: live.steppedUp + tally.steppedUp,
    paidWork: live.paidWork + tally.paidWork,
    hoursThisMonth: month.hours,
    helpersThisMonth: month.helpers,
  };
}
