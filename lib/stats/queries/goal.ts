import "server-only";
import { and, count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { initiatives, publicInitiative } from "@/db/schema";
import { getNumberSetting } from "@/lib/settings/queries/settings";

export type GoalProgress = { count: number; goal: number };

/** Initiatives published or further (in one wijk, or all), against the goal (150 by default). */
export function goalProgress(wijkId: number | null = null): GoalProgress {
  const [row] = getDb()
    .select({ n: count() })
    .from(initiatives)
    .where(and(publicInitiative(initiatives), wijkId === null ? undefined : eq(initiatives.wijkId, wijkId)))
    .all();
  return { count: row?.n ?? 0, goal: getNumberSetting("initiativeGoal") };
}
