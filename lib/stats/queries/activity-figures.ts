import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { activities, activitySeries, signups, wijken } from "@/db/schema";
import type { StatsFilter } from "../filters";
import { inPeriod, inWijk } from "../sql";

/** People, counting party sizes. "Came" counts checked-in sign-ups; walk-ins are apart. */
export type AttendanceCounts = { signedUp: number; came: number; walkIns: number; past: boolean };

export type ActivityRow = AttendanceCounts & {
  id: number;
  title: string;
  startsAt: number;
  wijk: string;
  series: string | null;
  places: number;
};

const counts = sql`
  coalesce(sum(case when ${signups.status} = 'bevestigd' and not ${signups.isWalkIn} then ${signups.partySize} end), 0) as signedUp,
  coalesce(sum(case when ${signups.checkedInAt} is not null and not ${signups.isWalkIn} then ${signups.partySize} end), 0) as came,
  coalesce(sum(case when ${signups.isWalkIn} then ${signups.partySize} end), 0) as walkIns`;

/** Activities that started (or will start) in the period and were not cancelled, newest first. */
export function activityRows(db: Db, filter: StatsFilter, now: number): ActivityRow[] {
  return db
    .all<Omit<ActivityRow, "past"> & { past: 0 | 1 }>(sql`
      select ${activities.id} as id, ${activities.title} as title, ${activities.startsAt} as startsAt,
        ${wijken.name} as wijk, ${activitySeries.name} as series, ${activities.places} as places,
        ${activities.endsAt} < ${now} as past, ${counts}
      from ${activities}
      join ${wijken} on ${wijken.id} = ${activities.wijkId}
      left join ${activitySeries} on ${activitySeries.id} = ${activities.seriesId}
      left join ${signups} on ${signups.activityId} = ${activities.id}
      where ${activities.cancelledAt} is null
        and ${inPeriod(activities.startsAt, filter)} and ${inWijk(activities.wijkId, filter)}
      group by ${activities.id}
      order by ${activities.startsAt} desc`)
    .map((row) => ({ ...row, past: row.past === 1 }));
}

/** The counts behind a no-show rate: signed up, and came (at most that many), over activities that are over. */
export type NoShowBasis = { signedUp: number; came: number };

export function noShowBasis(rows: AttendanceCounts[]): NoShowBasis {
  const over = rows.filter((row) => row.past);
  return {
    signedUp: over.reduce((sum, row) => sum + row.signedUp, 0),
    came: over.reduce((sum, row) => sum + Math.min(row.came, row.signedUp), 0),
  };
}

/** Share of signed-up people who did not come; null when nobody signed up. */
export function noShowRate({ signedUp, came }: NoShowBasis): number | null {
  return signedUp === 0 ? null : (signedUp - came) / signedUp;
}

export type SeriesRow = AttendanceCounts & { series: string; activities: number; noShow: NoShowBasis };

export function seriesRows(rows: ActivityRow[]): SeriesRow[] {
  const groups = new Map<string, ActivityRow[]>();
  for (const row of rows) {
    const key = row.series ?? "Losse activiteiten";
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.entries()].map(([series, members]) => ({
    series,
    activities: members.length,
    ...sumAttendance(members),
    noShow: noShowBasis(members),
  }));
}

export function sumAttendance(rows: AttendanceCounts[]): AttendanceCounts {
  return {
    signedUp: rows.reduce((sum, row) => sum + row.signedUp, 0),
    came: rows.reduce((sum, row) => sum + row.came, 0),
    walkIns: rows.reduce((sum, row) => sum + row.walkIns, 0),
    past: rows.every((row) => row.past),
  };
}
