import { sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { initiatives } from "@/db/schema";
import type { StatsFilter } from "./filters";

/** `column` within the filter's period (always true without one). */
export function inPeriod(column: SQLiteColumn | SQL, filter: StatsFilter): SQL {
  const parts: SQL[] = [];
  if (filter.from !== null) parts.push(sql`${column} >= ${filter.from}`);
  if (filter.toExclusive !== null) parts.push(sql`${column} < ${filter.toExclusive}`);
  return parts.length ? sql.join(parts, sql` and `) : sql`1 = 1`;
}

/** `column` equals the filter's wijk (always true without one). */
export function inWijk(column: SQLiteColumn, filter: StatsFilter): SQL {
  return filter.wijkId === null ? sql`1 = 1` : sql`${column} = ${filter.wijkId}`;
}

/**
 * Restricts backings (or paper backings) to initiatives in the filter's wijk. Without a wijk it
 * adds nothing, so the common case needs no join with initiatives at all. `onePerson` is for a
 * check on the backings of one person: the unary plus keeps SQLite from looking up each initiative
 * of the wijk together with that person in backings_one_per_resident (a thousand look-ups per
 * person at scale); it reads the person's few backings instead.
 */
export function backedInWijk(initiativeId: SQLiteColumn, filter: StatsFilter, onePerson = false): SQL {
  return filter.wijkId === null
    ? sql``
    : sql`and ${onePerson ? sql`+` : sql``}${initiativeId} in (select ${initiatives.id} from ${initiatives} where ${initiatives.wijkId} = ${filter.wijkId})`;
}
