import "server-only";
import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { activities, signups, wijken } from "@/db/schema";

export type ActivityCard = {
  id: number;
  title: string;
  wijkName: string;
  address: string;
  startsAt: Date;
  endsAt: Date;
  places: number;
  placesTaken: number;
};

// Places taken: the party sizes of confirmed sign-ups, read through signups_activity_status_idx.
const placesTaken = sql<number>`coalesce((select sum(${signups.partySize}) from ${signups}
  where ${signups.activityId} = ${activities.id} and ${signups.status} = 'bevestigd'), 0)`;

const cardColumns = {
  id: activities.id,
  title: activities.title,
  wijkName: wijken.name,
  address: activities.address,
  startsAt: activities.startsAt,
  endsAt: activities.endsAt,
  places: activities.places,
  placesTaken,
};

/** The next activities that are not cancelled, soonest first. */
export function listUpcomingActivities(limit: number, now = new Date()): ActivityCard[] {
  return getDb()
    .select(cardColumns)
    .from(activities)
    .innerJoin(wijken, eq(activities.wijkId, wijken.id))
    .where(and(gt(activities.endsAt, now), isNull(activities.cancelledAt)))
    .orderBy(asc(activities.startsAt))
    .limit(limit)
    .all();
}

export type ActivityDetail = ActivityCard & { description: string; cancelled: boolean };

export function getActivity(id: number): ActivityDetail | null {
  const row = getDb()
    .select({ ...cardColumns, description: activities.description, cancelledAt: activities.cancelledAt })
    .from(activities)
    .innerJoin(wijken, eq(activities.wijkId, wijken.id))
    .where(eq(activities.id, id))
    .get();
  if (!row) return null;
  const { cancelledAt, ...rest } = row;
  return { ...rest, cancelled: cancelledAt !== null };
}
