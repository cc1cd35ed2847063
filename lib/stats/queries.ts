import "server-only";
import { count, inArray, isNull, and } from "drizzle-orm";
import { getDb } from "@/db/client";
import { initiatives } from "@/db/schema";
import { PUBLIC_STATUSES } from "@/lib/initiatives/status";
import { getNumberSetting } from "@/lib/settings/queries";

export type GoalProgress = { count: number; goal: number };

/** Initiatives published or further, against the programme's goal (150 by default). */
export function goalProgress(): GoalProgress {
  const [row] = getDb()
    .select({ n: count() })
    .from(initiatives)
    .where(and(inArray(initiatives.status, [...PUBLIC_STATUSES]), isNull(initiatives.hiddenAt)))
    .all();
  return { count: row?.n ?? 0, goal: getNumberSetting("initiativeGoal") };
}
