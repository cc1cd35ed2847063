import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { helpPlaces, helpTakes, wijken } from "@/db/schema";
import { AppError } from "@/lib/platform/errors";
import type { PlaceFacts } from "../messages";

/** What a changed place's pages need: the place and the idea or activity whose page lists it. */
export type PlaceRef = { id: number; initiativeId: number | null; activityId: number | null };

export type LockedPlace = PlaceFacts & PlaceRef & { places: number; endsAt: Date; hostId: string | null; seriesId: number | null };

/** The place inside the caller's transaction. */
export function loadPlace(tx: DbOrTx, placeId: number): LockedPlace {
  const place = tx
    .select({ id: helpPlaces.id, startsAt: helpPlaces.startsAt, endsAt: helpPlaces.endsAt, wijkName: wijken.name, places: helpPlaces.places, hostId: helpPlaces.hostId, initiativeId: helpPlaces.initiativeId, activityId: helpPlaces.activityId, seriesId: helpPlaces.seriesId })
    .from(helpPlaces)
    .innerJoin(wijken, eq(helpPlaces.wijkId, wijken.id))
    .where(eq(helpPlaces.id, placeId))
    .get();
  if (!place) throw new AppError("not_found", "Deze plek bestaat niet (meer).");
  return place;
}

/** The dates of the place's series that have not begun, soonest first (the place alone when it has no series). */
export function comingDatesOf(tx: DbOrTx, place: LockedPlace, now: Date): LockedPlace[] {
  if (place.seriesId === null) return [place];
  return tx
    .select({ id: helpPlaces.id })
    .from(helpPlaces)
    .where(and(eq(helpPlaces.seriesId, place.seriesId), gt(helpPlaces.startsAt, now)))
    .orderBy(asc(helpPlaces.startsAt))
    .all()
    .map((row) => loadPlace(tx, row.id));
}

export const refOf = (place: LockedPlace): PlaceRef => ({ id: place.id, initiativeId: place.initiativeId, activityId: place.activityId });

/** People who hold a place: waiting for the host's answer, or accepted. */
export const HOLDING = ["aangemeld", "geaccepteerd"] as const;

export function placesTaken(tx: DbOrTx, placeId: number): number {
  return (
    tx
      .select({ n: sql<number>`count(*)` })
      .from(helpTakes)
      .where(and(eq(helpTakes.placeId, placeId), inArray(helpTakes.status, HOLDING)))
      .get()?.n ?? 0
  );
}
