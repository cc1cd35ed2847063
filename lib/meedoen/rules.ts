import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { activities, initiatives, publicInitiative } from "@/db/schema";
import { AppError } from "@/lib/platform/errors";

/** Who acts on a place: `staff` may host any place (permission "meedoen:host-any"). */
export type Actor = { id: string; staff: boolean };

/**
 * Who may offer a place for this idea or activity: staff for any published idea or coming
 * activity; an initiator only for their own published idea. Anything else is "not found".
 */
export function assertMayOffer(tx: DbOrTx, actor: Actor, target: { initiativeId?: number; activityId?: number }): void {
  if (target.initiativeId) {
    const idea = tx
      .select({ initiatorId: initiatives.initiatorId })
      .from(initiatives)
      .where(and(eq(initiatives.id, target.initiativeId), publicInitiative(initiatives)))
      .get();
    if (idea && (actor.staff || idea.initiatorId === actor.id)) return;
    throw new AppError("not_found", "U kunt bij dit idee geen plek aanbieden.");
  }
  const activity = target.activityId
    ? tx.select({ id: activities.id }).from(activities).where(and(eq(activities.id, target.activityId), isNull(activities.cancelledAt))).get()
    : undefined;
  if (activity && actor.staff) return;
  throw new AppError("not_found", "U kunt bij deze activiteit geen plek aanbieden.");
}

/** The host of a place, or staff, answers requests and marks attendance. */
export const mayHost = (actor: Actor, place: { hostId: string | null }) => actor.staff || place.hostId === actor.id;
