import { and, eq, inArray, isNotNull, ne, or } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { activities, activitySeries, signups } from "@/db/schema";
import { recordAudit } from "@/lib/platform/audit/record";
import { AppError, FieldRefusal } from "@/lib/platform/errors";
import { notifyActivityDate } from "@/lib/notifications/commands/events";
import { tell } from "../contact";
import { activityCancelledMail, activityChangedMail, changeOf } from "../mails";
import { activityCancelledSms, activityChangedSms } from "../sms";
import { loadActivity, placesTaken, promoteWaiting } from "./places";
import type { ActivityData } from "../schema";

// Buurtwerker actions. Each is one IMMEDIATE transaction that also writes the audit record.

const columnsOf = (data: ActivityData) => ({
  title: data.title,
  description: data.description,
  wijkId: data.wijkId,
  address: data.address,
  startsAt: data.startsAt,
  endsAt: data.endsAt,
  signupDeadline: data.signupDeadline,
  places: data.places,
  maxPartySize: data.maxPartySize,
  seriesId: data.seriesId ?? null,
  initiativeId: data.initiativeId ?? null,
});

/** Creates an activity and returns its id. */
export function createActivity(db: Db, input: { actorId: string; data: ActivityData }): number {
  return db.transaction(
    (tx) => {
      const { id } = tx
        .insert(activities)
        .values({ ...columnsOf(input.data), createdById: input.actorId })
        .returning({ id: activities.id })
        .get();
      recordAudit(tx, { actorId: input.actorId, action: "activity.created", targetType: "activity", targetId: id, details: { title: input.data.title } });
      return id;
    },
    { behavior: "immediate" },
  );
}

/** Everyone signed up or waiting who left an e-mail address or a number (walk-ins did not). */
export function peopleToTell(tx: DbOrTx, activityId: number) {
  return tx
    .select({ id: signups.id, email: signups.email, phone: signups.phone, partySize: signups.partySize, status: signups.status })
    .from(signups)
    .where(
      and(
        eq(signups.activityId, activityId),
        inArray(signups.status, ["bevestigd", "wachtlijst"]),
        or(isNotNull(signups.email), isNotNull(signups.phone)),
      ),
    )
    .all();
}

/**
 * Edits an activity. Fewer places than already taken is refused; more places promote the waiting
 * list. A new time or place is mailed to everyone signed up or waiting (the ones promoted now
 * already read it in their "you have a place" mail).
 */
export function updateActivity(
  db: Db,
  input: { actorId: string; activityId: number; data: ActivityData; baseUrl: string; now?: Date },
): { promoted: number[]; mailedAboutChange: number } {
  const now = input.now ?? new Date();
  return db.transaction(
    (tx) => {
      const before = loadActivity(tx, input.activityId);
      if (before.cancelled) throw new AppError("conflict", "Deze activiteit is afgelast. U kunt haar niet meer wijzigen.");
      const taken = placesTaken(tx, before.id);
      if (input.data.places < taken) {
        throw new FieldRefusal("places", `Er zijn al ${taken} plekken bezet. Vul minstens ${taken} in.`);
      }
      tx.update(activities).set(columnsOf(input.data)).where(eq(activities.id, before.id)).run();
      const after = loadActivity(tx, before.id);
      const promoted = promoteWaiting(tx, after, input.baseUrl, now);
      // An activity that is over already has no one left to tell.
      const change = before.endsAt > now ? changeOf(before, after) : null;
      const told = change ? peopleToTell(tx, before.id).filter((person) => !promoted.includes(person.id)) : [];
      for (const person of told) {
        tell(
          tx,
          person,
          (email) => activityChangedMail(before, after, change!, { email, partySize: person.partySize, waiting: person.status === "wachtlijst" }, input.baseUrl),
          (phone) => activityChangedSms(after, change!, phone),
        );
      }
      if (change?.time && input.data.initiativeId) notifyActivityDate(tx, input.data.initiativeId, { ...after, actorId: input.actorId });
      recordAudit(tx, {
        actorId: input.actorId,
        action: "activity.updated",
        targetType: "activity",
        targetId: before.id,
        details: { placesBefore: before.places, placesAfter: input.data.places, promoted, ...(change && { changed: change, mailed: told.length }) },
      });
      return { promoted, mailedAboutChange: told.length };
    },
    { behavior: "immediate" },
  );
}

/** In the caller's transaction: calls an activity off and tells everyone who signed up or waits; returns how many. */
export function callOff(tx: DbOrTx, activityId: number, now: Date): number {
  const activity = loadActivity(tx, activityId);
  if (activity.cancelled) throw new AppError("conflict", "Deze activiteit is al afgelast.");
  tx.update(activities).set({ cancelledAt: now }).where(eq(activities.id, activity.id)).run();
  const people = peopleToTell(tx, activity.id);
  const cancelled = { ...activity, cancelled: true };
  for (const person of people) {
    tell(tx, person, (email) => activityCancelledMail(cancelled, { email, partySize: person.partySize }), (phone) => activityCancelledSms(cancelled, phone));
  }
  return people.length;
}

/** Calls an activity off and mails everyone who signed up or waits. */
export function cancelActivity(db: Db, input: { actorId: string; activityId: number; now?: Date }): { mailed: number } {
  const now = input.now ?? new Date();
  return db.transaction(
    (tx) => {
      const mailed = callOff(tx, input.activityId, now);
      recordAudit(tx, { actorId: input.actorId, action: "activity.cancelled", targetType: "activity", targetId: input.activityId, details: { mailed } });
      return { mailed };
    },
    { behavior: "immediate" },
  );
}

export function createSeries(db: Db, input: { actorId: string; name: string; oneSignupPerEmail: boolean }): number {
  return db.transaction(
    (tx) => {
      const clash = tx.select({ id: activitySeries.id }).from(activitySeries).where(eq(activitySeries.name, input.name)).get();
      if (clash) throw new FieldRefusal("name", "Er is al een reeks met deze naam. Kies een andere naam.", "conflict");
      const { id } = tx
        .insert(activitySeries)
        .values({ name: input.name, oneSignupPerEmail: input.oneSignupPerEmail })
        .returning({ id: activitySeries.id })
        .get();
      recordAudit(tx, { actorId: input.actorId, action: "series.created", targetType: "activity_series", targetId: id, details: { name: input.name, oneSignupPerEmail: input.oneSignupPerEmail } });
      return id;
    },
    { behavior: "immediate" },
  );
}

/** Turns "one sign-up per e-mail address for the whole series" on or off. */
export function setSeriesRule(db: Db, input: { actorId: string; seriesId: number; oneSignupPerEmail: boolean }): void {
  db.transaction(
    (tx) => {
      const result = tx
        .update(activitySeries)
        .set({ oneSignupPerEmail: input.oneSignupPerEmail })
        .where(eq(activitySeries.id, input.seriesId))
        .run();
      if (result.changes !== 1) throw new AppError("not_found", "Deze reeks bestaat niet (meer).");
      recordAudit(tx, { actorId: input.actorId, action: "series.rule_changed", targetType: "activity_series", targetId: input.seriesId, details: { oneSignupPerEmail: input.oneSignupPerEmail } });
    },
    { behavior: "immediate" },
  );
}

/** Ticks (or unticks) that a confirmed sign-up came. */
export function setCheckIn(
  db: Db,
  input: { actorId: string; activityId: number; signupId: number; present: boolean; now?: Date },
): void {
  const now = input.now ?? new Date();
  db.transaction(
    (tx) => {
      const result = tx
        .update(signups)
        .set({ checkedInAt: input.present ? now : null })
        .where(
          and(
            eq(signups.id, input.signupId),
            eq(signups.activityId, input.activityId),
            eq(signups.status, "bevestigd"),
            ne(signups.isWalkIn, true),
          ),
        )
        .run();
      if (result.changes !== 1) throw new AppError("not_found", "Deze aanmelding bestaat niet (meer).");
      recordAudit(tx, { actorId: input.actorId, action: input.present ? "signup.checked_in" : "signup.check_in_undone", targetType: "signup", targetId: input.signupId });
    },
    { behavior: "immediate" },
  );
}

const WALK_IN_DEFAULT_NAME = "Binnenloper";

/** People who came without signing up; they count as attendance, not against the places. */
export function addWalkIn(
  db: Db,
  input: { actorId: string; activityId: number; name: string; partySize: number; now?: Date },
): number {
  const now = input.now ?? new Date();
  return db.transaction(
    (tx) => {
      const activity = loadActivity(tx, input.activityId);
      if (activity.cancelled) throw new AppError("conflict", "Deze activiteit is afgelast.");
      const { id } = tx
        .insert(signups)
        .values({
          activityId: activity.id,
          name: input.name || WALK_IN_DEFAULT_NAME,
          partySize: input.partySize,
          status: "bevestigd",
          isWalkIn: true,
          checkedInAt: now,
          createdAt: now,
        })
        .returning({ id: signups.id })
        .get();
      recordAudit(tx, { actorId: input.actorId, action: "signup.walk_in_added", targetType: "signup", targetId: id, details: { partySize: input.partySize } });
      return id;
    },
    { behavior: "immediate" },
  );
}
