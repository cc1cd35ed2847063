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
 * adds nothing, so the common case needs no join with initiatives at all.
 */
export function backedInWijk(initiativeId: SQLiteColumn, filter: StatsFilter): SQL {
  return filter.wijkId === null
    ? sql``
    : sql`and ${initiativeId} in (select ${initiatives.id} from ${initiatives} where ${initiatives.wijkId} = ${filter.wijkId})`;
}
