import "server-only";
import { and, asc, desc, eq, gt, isNull, lte, ne, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { activities, activitySeries, initiatives, signups, wijken, type SignupStatus } from "@/db/schema";
import type { CalendarActivity } from "./calendar";
import { WIPED_NAME } from "@/lib/privacy/anonymise";
import { ownedBy } from "./ownership";
import { calendarColumns } from "./places";
import { hashCancelToken } from "./tokens";

export type ActivityCard = {
  id: number;
  title: string;
  wijkName: string;
  address: string;
  startsAt: Date;
  endsAt: Date;
  places: number;
  placesTaken: number;
  seriesName: string | null;
  cancelled: boolean;
};

// Places taken: party sizes of confirmed sign-ups (walk-ins hold no place), read through
// signups_activity_status_idx. The same rule as placesTaken() in places.ts.
const placesTaken = sql<number>`coalesce((select sum(${signups.partySize}) from ${signups}
  where ${signups.activityId} = ${activities.id} and ${signups.status} = 'bevestigd' and ${signups.isWalkIn} = 0), 0)`;

const cardColumns = {
  id: activities.id,
  title: activities.title,
  wijkName: wijken.name,
  address: activities.address,
  startsAt: activities.startsAt,
  endsAt: activities.endsAt,
  places: activities.places,
  placesTaken,
  seriesName: activitySeries.name,
  cancelled: sql<boolean>`${activities.cancelledAt} is not null`.mapWith(Boolean),
};

function cards(where: SQL | undefined, order: "soonest" | "latest", limit: number): ActivityCard[] {
  return getDb()
    .select(cardColumns)
    .from(activities)
    .innerJoin(wijken, eq(activities.wijkId, wijken.id))
    .leftJoin(activitySeries, eq(activities.seriesId, activitySeries.id))
    .where(where)
    .orderBy(order === "soonest" ? asc(activities.startsAt) : desc(activities.startsAt))
    .limit(limit)
    .all();
}

/** The next activities that are not cancelled, soonest first (home page). */
export function listUpcomingActivities(limit: number, now = new Date()): ActivityCard[] {
  return cards(and(gt(activities.endsAt, now), isNull(activities.cancelledAt)), "soonest", limit);
}

/** The public list: upcoming (soonest first) or past (latest first), by wijk and series. */
export function listActivities(filter: { wijkId?: number; seriesId?: number; past: boolean }, now = new Date()) {
  const when = filter.past ? lte(activities.endsAt, now) : gt(activities.endsAt, now);
  const where = and(
    when,
    filter.wijkId ? eq(activities.wijkId, filter.wijkId) : undefined,
    filter.seriesId ? eq(activities.seriesId, filter.seriesId) : undefined,
  );
  return cards(where, filter.past ? "latest" : "soonest", 200);
}

export type SeriesOption = { id: number; name: string; oneSignupPerEmail: boolean };

export function listSeries(): SeriesOption[] {
  return getDb()
    .select({ id: activitySeries.id, name: activitySeries.name, oneSignupPerEmail: activitySeries.oneSignupPerEmail })
    .from(activitySeries)
    .orderBy(desc(activitySeries.id))
    .all();
}

export type ActivityDetail = ActivityCard & {
  description: string;
  maxPartySize: number;
  signupDeadline: Date;
  oneSignupPerEmail: boolean;
  initiative: { id: number; title: string } | null;
};

export function getActivity(id: number): ActivityDetail | null {
  const row = getDb()
    .select({
      ...cardColumns,
      description: activities.description,
      maxPartySize: activities.maxPartySize,
      signupDeadline: activities.signupDeadline,
      oneSignupPerEmail: sql<boolean>`coalesce(${activitySeries.oneSignupPerEmail}, 0)`.mapWith(Boolean),
      initiativeId: initiatives.id,
      initiativeTitle: initiatives.title,
    })
    .from(activities)
    .innerJoin(wijken, eq(activities.wijkId, wijken.id))
    .leftJoin(activitySeries, eq(activities.seriesId, activitySeries.id))
    .leftJoin(initiatives, eq(activities.initiativeId, initiatives.id))
    .where(eq(activities.id, id))
    .get();
  if (!row) return null;
  const { initiativeId, initiativeTitle, ...rest } = row;
  return { ...rest, initiative: initiativeId && initiativeTitle ? { id: initiativeId, title: initiativeTitle } : null };
}

/** What a calendar file needs; cancelled activities stay in so calendars learn they are off. */
export function listCalendarActivities(filter: { id?: number }, now = new Date()): CalendarActivity[] {
  return getDb()
    .select(calendarColumns)
    .from(activities)
    .innerJoin(wijken, eq(activities.wijkId, wijken.id))
    .where(filter.id ? eq(activities.id, filter.id) : gt(activities.endsAt, now))
    .orderBy(asc(activities.startsAt))
    .all();
}

export type SignupSummary = {
  signupId: number;
  activityId: number;
  title: string;
  startsAt: Date;
  endsAt: Date;
  status: SignupStatus;
  partySize: number;
  /** Place in the waiting list, for a waiting sign-up. */
  position: number | null;
  activityCancelled: boolean;
  /** The guest removed their name, address, phone and notes. */
  dataRemoved: boolean;
};

const position = sql<number | null>`case when ${signups.status} = 'wachtlijst' then (select count(*) from signups w
  where w.activity_id = ${signups.activityId} and w.status = 'wachtlijst' and w.id <= ${signups.id}) end`;

function summaries(where: SQL | undefined): SignupSummary[] {
  return getDb()
    .select({
      signupId: signups.id,
      activityId: activities.id,
      title: activities.title,
      startsAt: activities.startsAt,
      endsAt: activities.endsAt,
      status: signups.status,
      partySize: signups.partySize,
      position,
      activityCancelled: sql<boolean>`${activities.cancelledAt} is not null`.mapWith(Boolean),
      dataRemoved: sql<boolean>`${signups.name} = ${WIPED_NAME}`.mapWith(Boolean),
    })
    .from(signups)
    .innerJoin(activities, eq(signups.activityId, activities.id))
    .where(where)
    .orderBy(desc(activities.startsAt))
    .all();
}

/** The sign-up behind a personal cancel link; null for an unknown link. */
export function findSignupByToken(token: string): SignupSummary | null {
  return summaries(eq(signups.cancelTokenHash, hashCancelToken(token)))[0] ?? null;
}

/** The signed-in resident's active sign-up for one activity. */
export function findOwnSignup(activityId: number, userId: string): SignupSummary | null {
  return summaries(and(eq(signups.activityId, activityId), ne(signups.status, "geannuleerd"), ownedBy(userId)))[0] ?? null;
}

/** All sign-ups of a resident, cancelled ones included, newest activity first (account page). */
export function listOwnSignups(userId: string): SignupSummary[] {
  return summaries(ownedBy(userId));
}
