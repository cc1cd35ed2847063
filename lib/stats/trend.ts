import { sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { Db } from "@/db/client";
import { activities, backings, initiatives, signups } from "@/db/schema";
import type { StatsFilter } from "./filters";
import { inWijk } from "./sql";

export type TrendRow = { month: string; proposed: number; backings: number; signedUp: number; attended: number };

/** The twelve calendar months (UTC) ending with the month of `end`, oldest first, as "2026-11". */
export function lastTwelveMonths(end: number): { month: string; start: number; endExclusive: number }[] {
  const last = new Date(end);
  return Array.from({ length: 12 }, (_, i) => {
    const start = Date.UTC(last.getUTCFullYear(), last.getUTCMonth() - 11 + i, 1);
    const next = Date.UTC(last.getUTCFullYear(), last.getUTCMonth() - 10 + i, 1);
    return { month: new Date(start).toISOString().slice(0, 7), start, endExclusive: next };
  });
}

const month = (column: SQLiteColumn) => sql`strftime('%Y-%m', ${column} / 1000, 'unixepoch')`;

/** Per month: initiatives proposed, online backings, people signed up, and people present (walk-ins too). */
export function monthlyTrend(db: Db, filter: StatsFilter, now: number): TrendRow[] {
  const months = lastTwelveMonths(filter.toExclusive !== null ? filter.toExclusive - 1 : now);
  const from = months[0]!.start;
  const to = months.at(-1)!.endExclusive;
  const between = (column: SQLiteColumn) => sql`${column} >= ${from} and ${column} < ${to}`;
  const perMonth = (query: SQL) => new Map(db.all<{ month: string; n: number }>(query).map((r) => [r.month, r.n]));

  const proposed = perMonth(sql`select ${month(initiatives.submittedAt)} as month, count(*) as n from ${initiatives}
    where ${between(initiatives.submittedAt)} and ${inWijk(initiatives.wijkId, filter)} group by 1`);
  const backed = perMonth(sql`select ${month(backings.createdAt)} as month, count(*) as n
    from ${backings} join ${initiatives} on ${initiatives.id} = ${backings.initiativeId}
    where ${between(backings.createdAt)} and ${inWijk(initiatives.wijkId, filter)} group by 1`);
  const attendance = db.all<{ month: string; signedUp: number; attended: number }>(sql`
    select ${month(activities.startsAt)} as month,
      coalesce(sum(case when ${signups.status} = 'bevestigd' and not ${signups.isWalkIn} then ${signups.partySize} end), 0) as signedUp,
      coalesce(sum(case when ${signups.checkedInAt} is not null then ${signups.partySize} end), 0) as attended
    from ${activities} join ${signups} on ${signups.activityId} = ${activities.id}
    where ${activities.cancelledAt} is null and ${between(activities.startsAt)} and ${inWijk(activities.wijkId, filter)}
    group by 1`);
  const people = new Map(attendance.map((r) => [r.month, r]));

  return months.map(({ month: m }) => ({
    month: m,
    proposed: proposed.get(m) ?? 0,
    backings: backed.get(m) ?? 0,
    signedUp: people.get(m)?.signedUp ?? 0,
    attended: people.get(m)?.attended ?? 0,
  }));
}
