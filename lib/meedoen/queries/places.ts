import "server-only";
import { and, asc, eq, gt, inArray, lte, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { activities, helpPlaces, helpTakes, initiatives, wijken } from "@/db/schema";
import { HOLDING } from "../commands/place";
import { PLACES_PAGE_SIZE } from "../schema";

const DAY = 24 * 60 * 60 * 1000;

const taken = sql<number>`(select count(*) from ${helpTakes} where ${helpTakes.placeId} = ${helpPlaces.id} and ${helpTakes.status} in ${HOLDING})`;

const cardColumns = {
  id: helpPlaces.id,
  task: helpPlaces.task,
  startsAt: helpPlaces.startsAt,
  endsAt: helpPlaces.endsAt,
  wijkName: wijken.name,
  places: helpPlaces.places,
  taken,
};

export type PlaceCard = { id: number; task: string; startsAt: Date; endsAt: Date; wijkName: string; places: number; taken: number };

/**
 * One page of the coming places to help, soonest first; "this week" is the coming 7 days.
 * `hasNext` comes from reading one card more than a page, as the activities list does.
 */
export function listPlaces(filter: { wijkId?: number; thisWeek?: boolean; page?: number }, now = new Date()): { items: PlaceCard[]; hasNext: boolean } {
  const page = filter.page ?? 1;
  const items = getDb()
    .select(cardColumns)
    .from(helpPlaces)
    .innerJoin(wijken, eq(helpPlaces.wijkId, wijken.id))
    .where(
      and(
        gt(helpPlaces.startsAt, now),
        filter.wijkId ? eq(helpPlaces.wijkId, filter.wijkId) : undefined,
        filter.thisWeek ? lte(helpPlaces.startsAt, new Date(now.getTime() + 7 * DAY)) : undefined,
      ),
    )
    .orderBy(asc(helpPlaces.startsAt), asc(helpPlaces.id))
    .limit(PLACES_PAGE_SIZE + 1)
    .offset((page - 1) * PLACES_PAGE_SIZE)
    .all();
  return { items: items.slice(0, PLACES_PAGE_SIZE), hasNext: items.length > PLACES_PAGE_SIZE };
}

/** The coming places of one idea or activity, for its page. */
export function placesOf(target: { initiativeId: number } | { activityId: number }, now = new Date()): PlaceCard[] {
  const of = "initiativeId" in target ? eq(helpPlaces.initiativeId, target.initiativeId) : eq(helpPlaces.activityId, target.activityId);
  return getDb()
    .select(cardColumns)
    .from(helpPlaces)
    .innerJoin(wijken, eq(helpPlaces.wijkId, wijken.id))
    .where(and(of, gt(helpPlaces.startsAt, now)))
    .orderBy(asc(helpPlaces.startsAt))
    .all();
}

/** One place, with what it belongs to; the host's first name, never more about them. */
export function getPlace(id: number) {
  const row = getDb()
    .select({
      ...cardColumns,
      bring: helpPlaces.bring,
      address: helpPlaces.address,
      hostName: helpPlaces.hostName,
      hostId: helpPlaces.hostId,
      initiativeId: helpPlaces.initiativeId,
      initiativeTitle: initiatives.title,
      activityId: helpPlaces.activityId,
      activityTitle: activities.title,
      seriesId: helpPlaces.seriesId,
    })
    .from(helpPlaces)
    .innerJoin(wijken, eq(helpPlaces.wijkId, wijken.id))
    .leftJoin(initiatives, eq(helpPlaces.initiativeId, initiatives.id))
    .leftJoin(activities, eq(helpPlaces.activityId, activities.id))
    .where(eq(helpPlaces.id, id))
    .get();
  return row ?? null;
}
export type PlaceDetail = NonNullable<ReturnType<typeof getPlace>>;

/** The coming dates of a series (a place offered for a few dates), soonest first. */
export function datesOf(seriesId: number, now = new Date()): PlaceCard[] {
  return getDb()
    .select(cardColumns)
    .from(helpPlaces)
    .innerJoin(wijken, eq(helpPlaces.wijkId, wijken.id))
    .where(and(eq(helpPlaces.seriesId, seriesId), gt(helpPlaces.startsAt, now)))
    .orderBy(asc(helpPlaces.startsAt))
    .all();
}

/** The signed-in person's open or accepted take of this place. */
export function ownTake(placeId: number, userId: string) {
  return (
    getDb()
      .select({ id: helpTakes.id, status: helpTakes.status })
      .from(helpTakes)
      .where(and(eq(helpTakes.placeId, placeId), eq(helpTakes.userId, userId), inArray(helpTakes.status, HOLDING)))
      .get() ?? null
  );
}
