import { and, asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { activities, activitySeries, publicActivity, signups, wijken } from "@/db/schema";
import { AppError } from "@/lib/platform/errors";
import type { CalendarActivity } from "../calendar";
import { newCancelProof, tell } from "../contact";
import { placeMail } from "../mails";
import { placeSms } from "../sms";

// These helpers run inside the caller's IMMEDIATE transaction: the count of places and the write
// that depends on it are never separated by another writer.

export type LockedActivity = CalendarActivity & {
  places: number;
  maxPartySize: number;
  signupDeadline: Date;
  seriesId: number | null;
  seriesName: string | null;
  oneSignupPerEmail: boolean;
  /** Approved and not hidden (publicActivity): only then can people sign up. */
  shown: boolean;
};

/** The columns of a CalendarActivity; the query must join wijken on the activity's wijk. */
export const calendarColumns = {
  id: activities.id,
  title: activities.title,
  description: activities.description,
  address: activities.address,
  wijkName: wijken.name,
  startsAt: activities.startsAt,
  endsAt: activities.endsAt,
  cancelled: sql<boolean>`${activities.cancelledAt} is not null`.mapWith(Boolean),
};

export function loadActivity(tx: DbOrTx, activityId: number): LockedActivity {
  const row = tx
    .select({
      ...calendarColumns,
      places: activities.places,
      maxPartySize: activities.maxPartySize,
      signupDeadline: activities.signupDeadline,
      seriesId: activities.seriesId,
      seriesName: activitySeries.name,
      oneSignupPerEmail: activitySeries.oneSignupPerEmail,
      shown: sql<boolean>`${publicActivity}`.mapWith(Boolean),
    })
    .from(activities)
    .innerJoin(wijken, eq(activities.wijkId, wijken.id))
    .leftJoin(activitySeries, eq(activities.seriesId, activitySeries.id))
    .where(eq(activities.id, activityId))
    .get();
  if (!row) throw new AppError("not_found", "Deze activiteit bestaat niet (meer).");
  return { ...row, oneSignupPerEmail: row.oneSignupPerEmail ?? false };
}

/** Places held by confirmed sign-ups (party sizes added up). Walk-ins came on the day and hold none. */
export function placesTaken(tx: DbOrTx, activityId: number): number {
  const row = tx
    .select({ taken: sql<number>`coalesce(sum(${signups.partySize}), 0)` })
    .from(signups)
    .where(
      and(eq(signups.activityId, activityId), eq(signups.status, "bevestigd"), eq(signups.isWalkIn, false)),
    )
    .get();
  return row?.taken ?? 0;
}

/** The 1-based place of a waiting sign-up in the queue (order of arrival). */
export function waitingPosition(tx: DbOrTx, activityId: number, signupId: number): number {
  const row = tx
    .select({ n: sql<number>`count(*)` })
    .from(signups)
    .where(
      and(
        eq(signups.activityId, activityId),
        eq(signups.status, "wachtlijst"),
        sql`${signups.id} <= ${signupId}`,
      ),
    )
    .get();
  return row?.n ?? 0;
}

/**
 * Moves the first waiting sign-ups that fit into the free places, in order of arrival, and tells
 * them (mail or text message) with a new cancel link. The status guard in the UPDATE makes each promotion happen exactly once.
 */
export function promoteWaiting(tx: DbOrTx, activity: LockedActivity, baseUrl: string, now: Date): number[] {
  if (activity.cancelled || activity.startsAt <= now) return [];
  let free = activity.places - placesTaken(tx, activity.id);
  if (free <= 0) return [];
  const waiting = tx
    .select({ id: signups.id, email: signups.email, phone: signups.phone, partySize: signups.partySize })
    .from(signups)
    .where(and(eq(signups.activityId, activity.id), eq(signups.status, "wachtlijst")))
    .orderBy(asc(signups.id))
    .all();
  const promoted: number[] = [];
  for (const candidate of waiting) {
    if (free <= 0) break;
    if (candidate.partySize > free) continue;
    const { proof, columns } = newCancelProof(candidate.phone, baseUrl);
    const result = tx
      .update(signups)
      .set({ status: "bevestigd", promotedAt: now, ...columns })
      .where(and(eq(signups.id, candidate.id), eq(signups.status, "wachtlijst")))
      .run();
    if (result.changes !== 1) continue;
    free -= candidate.partySize;
    promoted.push(candidate.id);
    tell(
      tx,
      candidate,
      (email) => placeMail(activity, { email, partySize: candidate.partySize }, proof.token, baseUrl, true),
      (phone) => placeSms(activity, phone, proof, true),
    );
  }
  return promoted;
}
