import "server-only";
import { getDb } from "@/db/client";
import { populationCounts } from "@/db/schema";

/** The reference numbers as the form's fields ("n_<wijkId>_<age group>") and their source. */
export function populationFormValues(): Record<string, string> {
  const rows = getDb().select().from(populationCounts).all();
  return { source: rows[0]?.source ?? "", ...Object.fromEntries(rows.map((row) => [`n_${row.wijkId}_${row.ageGroup}`, String(row.count)])) };
}
