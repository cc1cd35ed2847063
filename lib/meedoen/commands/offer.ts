import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { helpPlaces, wijken } from "@/db/schema";
import { recordAudit } from "@/lib/platform/audit/record";
import { FieldRefusal } from "@/lib/platform/errors";
import { assertMayOffer, type Actor } from "../rules";
import type { OfferData } from "../schema";
import type { PlaceRef } from "./place";

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
