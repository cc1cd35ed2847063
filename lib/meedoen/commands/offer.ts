import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { helpPlaces, wijken } from "@/db/schema";
import { recordAudit } from "@/lib/platform/audit/record";
import { FieldRefusal } from "@/lib/platform/errors";
import { assertMayOffer, type Actor } from "../rules";
import type { OfferData } from "../schema";
import type { PlaceRef } from "./place";

/**
 * Offers a place to help, on one date or a few: one row per date, the rows of a few dates sharing
 * the first row's id as their series. The offer is written to the logbook with its host.
 */
export function offerPlace(db: Db, input: { actor: Actor; data: OfferData; now?: Date }): PlaceRef {
  const { actor, data } = input;
  const now = input.now ?? new Date();
  for (const date of data.dates) {
    if (now >= date.startsAt) throw new FieldRefusal(date.field, "Kies een moment in de toekomst.");
  }
  return db.transaction((tx) => {
    assertMayOffer(tx, actor, data);
    if (!tx.select({ id: wijken.id }).from(wijken).where(eq(wijken.id, data.wijkId)).get()) {
      throw new FieldRefusal("wijkId", "Kies een wijk uit de lijst.");
    }
    const { dates, ...fields } = data;
    const row = { ...fields, hostId: actor.id, initiativeId: data.initiativeId ?? null, activityId: data.activityId ?? null };
    const [first, ...more] = dates;
    const { id } = tx.insert(helpPlaces).values({ ...row, startsAt: first!.startsAt, endsAt: first!.endsAt }).returning({ id: helpPlaces.id }).get();
    if (more.length > 0) {
      tx.update(helpPlaces).set({ seriesId: id }).where(eq(helpPlaces.id, id)).run();
      tx.insert(helpPlaces).values(more.map((date) => ({ ...row, startsAt: date.startsAt, endsAt: date.endsAt, seriesId: id }))).run();
    }
    recordAudit(tx, { actorId: actor.id, action: "help_place.offered", targetType: "help_place", targetId: id, details: { places: data.places, dates: data.dates.length } });
    return { id, initiativeId: data.initiativeId ?? null, activityId: data.activityId ?? null };
  });
}
