import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { helpPlaces, helpTakes, wijken } from "@/db/schema";
import type { StatsFilter } from "../filters";
import { inPeriod, inWijk } from "../sql";
import { lastTwelveMonths } from "./trend";

/** Places to help: dates offered, people who took one, dates filled, people who came, and their hours. */
export type MeedoenCounts = { offered: number; taken: number; filled: number; came: number; hours: number };
export type MeedoenWijkRow = MeedoenCounts & { wijk: string };
export type MeedoenMonthRow = MeedoenCounts & { month: string };
export type MeedoenFigures = { total: MeedoenCounts; byWijk: MeedoenWijkRow[]; byMonth: MeedoenMonthRow[] };

// One row per date offered, with its takes counted; hours to the quarter, as lib/meedoen/hours.ts.
const perPlace = (filter: StatsFilter) => sql`
  select ${helpPlaces.id} as id, ${helpPlaces.wijkId} as wijkId, ${helpPlaces.startsAt} as startsAt, ${helpPlaces.places} as places,
    count(case when ${helpTakes.status} != 'afgewezen' then 1 end) as taken,
    count(case when ${helpTakes.came} = 1 then 1 end) as came,
    round((${helpPlaces.endsAt} - ${helpPlaces.startsAt}) / 900000.0) / 4.0 as hoursEach
  from ${helpPlaces}
  left join ${helpTakes} on ${helpTakes.placeId} = ${helpPlaces.id}
  where ${inPeriod(helpPlaces.startsAt, filter)} and ${inWijk(helpPlaces.wijkId, filter)}
  group by ${helpPlaces.id}`;

const sums = sql`count(*) as offered, coalesce(sum(taken), 0) as taken, coalesce(sum(taken >= places), 0) as filled,
  coalesce(sum(came), 0) as came, coalesce(sum(came * hoursEach), 0) as hours`;

/** The places to help in the filter's period and wijk: in total, per wijk, and per month (the last twelve). */
export function meedoenFigures(db: Db, filter: StatsFilter, now: number): MeedoenFigures {
  const total = db.get<MeedoenCounts>(sql`select ${sums} from (${perPlace(filter)})`);
  const byWijk = db.all<MeedoenWijkRow>(sql`
    select ${wijken.name} as wijk, ${sums} from (${perPlace(filter)}) p join ${wijken} on ${wijken.id} = p.wijkId
    group by p.wijkId order by ${wijken.name}`);
  const months = lastTwelveMonths(filter.toExclusive !== null ? filter.toExclusive - 1 : now);
  const found = new Map(
    db
      .all<MeedoenMonthRow>(sql`select strftime('%Y-%m', startsAt / 1000, 'unixepoch') as month, ${sums} from (${perPlace(filter)}) group by month`)
      .map((row) => [row.month, row]),
  );
  const byMonth = months.map(({ month }) => found.get(month) ?? { month, offered: 0, taken: 0, filled: 0, came: 0, hours: 0 });
  return { total, byWijk, byMonth };
}
