import { sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { Db } from "@/db/client";
import { activities, backings, initiatives, signups } from "@/db/schema";
import type { StatsFilter } from "../filters";
import { backedInWijk, inWijk } from "../sql";

export type TrendRow = { month: string; proposed: number; backings: number; signedUp: number; attended: number };

type Month = { month: string; start: number; endExclusive: number };

/** The twelve calendar months (UTC) ending with the month of `end`, oldest first, as "2026-11". */
export function lastTwelveMonths(end: number): Month[] {
  const last = new Date(end);
  return Array.from({ length: 12 }, (_, i) => {
    const start = Date.UTC(last.getUTCFullYear(), last.getUTCMonth() - 11 + i, 1);
    const next = Date.UTC(last.getUTCFullYear(), last.getUTCMonth() - 10 + i, 1);
    return { month: new Date(start).toISOString().slice(0, 7), start, endExclusive: next };
  });
}

/** One count per month in one statement: twelve range counts, each read from an index. */
function countPerMonth(db: Db, months: Month[], column: SQLiteColumn, from: SQL, where: SQL): number[] {
  const counts = months.map(
    (m, i) => sql`(select count(*) from ${from} where ${column} >= ${m.start} and ${column} < ${m.endExclusive} ${where}) as ${sql.identifier(`m${i}`)}`,
  );
  const row = db.get<Record<string, number>>(sql`select ${sql.join(counts, sql`, `)}`);
  return months.map((_, i) => row[`m${i}`] ?? 0);
}

/** Per month: initiatives proposed, online backings, people signed up, and people present (walk-ins too). */
export function monthlyTrend(db: Db, filter: StatsFilter, now: number): TrendRow[] {
  const months = lastTwelveMonths(filter.toExclusive !== null ? filter.toExclusive - 1 : now);
  const proposed = countPerMonth(db, months, initiatives.submittedAt, sql`${initiatives}`, sql`and ${inWijk(initiatives.wijkId, filter)}`);
  const backed = countPerMonth(db, months, backings.createdAt, sql`${backings}`, backedInWijk(backings.initiativeId, filter));
  const attendance = db.all<{ month: string; signedUp: number; attended: number }>(sql`
    select strftime('%Y-%m', ${activities.startsAt} / 1000, 'unixepoch') as month,
      coalesce(sum(case when ${signups.status} = 'bevestigd' and not ${signups.isWalkIn} then ${signups.partySize} end), 0) as signedUp,
      coalesce(sum(case when ${signups.checkedInAt} is not null then ${signups.partySize} end), 0) as attended
    from ${activities} join ${signups} on ${signups.activityId} = ${activities.id}
    where ${activities.cancelledAt} is null and ${activities.startsAt} >= ${months[0]!.start}
      and ${activities.startsAt} < ${months.at(-1)!.endExclusive} and ${inWijk(activities.wijkId, filter)}
    group by 1`);
  const people = new Map(attendance.map((r) => [r.month, r]));

  return months.map(({ month }, i) => ({
    month,
    proposed: proposed[i]!,
    backings: backed[i]!,
    signedUp: people.get(month)?.signedUp ?? 0,
    attended: people.get(month)?.attended ?? 0,
  }));
}
