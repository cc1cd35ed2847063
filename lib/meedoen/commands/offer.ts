import { and, eq, isNull } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { activities, helpPlaces, initiatives, publicInitiative, wijken } from "@/db/schema";
import { recordAudit } from "@/lib/platform/audit/record";
import { AppError, FieldRefusal } from "@/lib/platform/errors";
import type { OfferData } from "../schema";
import type { PlaceRef } from "./place";

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

/** Offers a place to help; the offer is written to the logbook with its host. */
export function offerPlace(db: Db, input: { actor: Actor; data: OfferData; now?: Date }): PlaceRef {
  const { actor, data } = input;
  if ((input.now ?? new Date()) >= data.startsAt) throw new FieldRefusal("startsAt", "Kies een moment in de toekomst.");
  return db.transaction((tx) => {
    assertMayOffer(tx, actor, data);
    if (!tx.select({ id: wijken.id }).from(wijken).where(eq(wijken.id, data.wijkId)).get()) {
      throw new FieldRefusal("wijkId", "Kies een wijk uit de lijst.");
    }
    const { id } = tx
      .insert(helpPlaces)
      .values({
        task: data.task,
        bring: data.bring,
        wijkId: data.wijkId,
        address: data.address,
        startsAt: data.startsAt,
        endsAt: data.endsAt,
        places: data.places,
        hostName: data.hostName,
        hostId: actor.id,
        initiativeId: data.initiativeId ?? null,
        activityId: data.activityId ?? null,
      })
      .returning({ id: helpPlaces.id })
      .get();
    recordAudit(tx, { actorId: actor.id, action: "help_place.offered", targetType: "help_place", targetId: id, details: { places: data.places } });
    return { id, initiativeId: data.initiativeId ?? null, activityId: data.activityId ?? null };
  });
}
