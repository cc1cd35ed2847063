import "server-only";
import { and, asc, desc, eq, gt, isNull, lt, lte, ne, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { activities, activitySeries, initiatives, publicActivity, signups, wijken } from "@/db/schema";
import type { ActivityApproval, Role, SignupStatus } from "@/db/enums";
import { can } from "@/lib/platform/auth/permissions";
import type { CalendarActivity } from "../calendar";
import { WIPED_NAME } from "@/lib/privacy/commands/anonymise";
import { ownedBy } from "../ownership";
import { calendarColumns } from "../commands/places";
import { ACTIVITY_PAGE_SIZE } from "../schema";
import { hashCancelToken } from "../tokens";

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

// Places taken: party sizes of confirmed sign-ups (walk-ins hold no place), read from
// signups_activity_people_idx alone. The same rule as placesTaken() in places.ts.
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

/**
 * Activities that have not ended. Such an activity started less than the longest duration ago
 * (one step down activities_duration_idx), so SQLite reads the starts index from there on instead
 * of from the first activity ever held.
 */
export function notEnded(now: Date): SQL | undefined {
  const longest = sql`(select coalesce(max(${activities.endsAt} - ${activities.startsAt}), 0) from ${activities})`;
  return and(gt(activities.endsAt, now), sql`${activities.startsAt} > ${now.getTime()} - ${longest}`);
}

/** Activities that have ended; they also started before now (the end is after the start). */
const ended = (now: Date) => and(lte(activities.endsAt, now), lt(activities.startsAt, now));

function cards(where: SQL | undefined, order: "soonest" | "latest", range: { limit: number; offset?: number }): ActivityCard[] {
  return getDb()
    .select(cardColumns)
    .from(activities)
    .innerJoin(wijken, eq(activities.wijkId, wijken.id))
    .leftJoin(activitySeries, eq(activities.seriesId, activitySeries.id))
    .where(where)
    .orderBy(order === "soonest" ? asc(activities.startsAt) : desc(activities.startsAt))
    .limit(range.limit)
    .offset(range.offset ?? 0)
    .all();
}

/** The next activities that are not cancelled, soonest first (home page). */
export function listUpcomingActivities(limit: number, now = new Date()): ActivityCard[] {
  return cards(and(notEnded(now), isNull(activities.cancelledAt), publicActivity), "soonest", { limit });
}

/**
 * One page of the public list: upcoming (soonest first) or past (latest first), by wijk and
 * series. `hasNext` comes from reading one card more than a page, not from counting them all.
 */
export function listActivities(
  filter: { wijkId?: number; seriesId?: number; past: boolean; page: number; alsoNotShown?: boolean },
  now = new Date(),
): { items: ActivityCard[]; hasNext: boolean } {
  const where = and(
    // Staff's list also has what waits, was refused, is paused or hidden.
    filter.alsoNotShown ? undefined : publicActivity,
    filter.past ? ended(now) : notEnded(now),
    filter.wijkId ? eq(activities.wijkId, filter.wijkId) : undefined,
    filter.seriesId ? eq(activities.seriesId, filter.seriesId) : undefined,
  );
  const items = cards(where, filter.past ? "latest" : "soonest", {
    limit: ACTIVITY_PAGE_SIZE + 1,
    offset: (filter.page - 1) * ACTIVITY_PAGE_SIZE,
  });
  return { items: items.slice(0, ACTIVITY_PAGE_SIZE), hasNext: items.length > ACTIVITY_PAGE_SIZE };
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
  organizerId: string | null;
  approval: ActivityApproval;
  approvalNote: string | null;
  hidden: boolean;
  hiddenReason: string | null;
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
      organizerId: activities.organizerId,
      approval: activities.approval,
      approvalNote: activities.approvalNote,
      hidden: sql<boolean>`${activities.hiddenAt} is not null`.mapWith(Boolean),
      hiddenReason: activities.hiddenReason,
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

/** Shown to everyone: approved by a buurtwerker (staff's own are at once) and not hidden. */
export const isShown = (activity: Pick<ActivityDetail, "approval" | "hidden">) => activity.approval === "goedgekeurd" && !activity.hidden;

/**
 * An activity as its public page, poster and preview show it: only when shown to everyone; one
 * that waits, was refused, is paused or hidden only for its organiser and staff (with a note).
 */
export function getShownActivity(id: number, viewer?: { id: string; role: Role } | null): ActivityDetail | null {
  const activity = getActivity(id);
  if (!activity) return null;
  if (isShown(activity)) return activity;
  const mayManage = !!viewer && (activity.organizerId === viewer.id || can(viewer.role, "activity:manage"));
  return mayManage ? activity : null;
}

/** What a calendar file needs; cancelled activities stay in so calendars learn they are off. */
export function listCalendarActivities(filter: { id?: number }, now = new Date()): CalendarActivity[] {
  return getDb()
    .select(calendarColumns)
    .from(activities)
    .innerJoin(wijken, eq(activities.wijkId, wijken.id))
    .where(and(publicActivity, filter.id ? eq(activities.id, filter.id) : notEnded(now)))
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
  /** The most people one sign-up may bring. */
  maxPartySize: number;
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
      maxPartySize: activities.maxPartySize,
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
