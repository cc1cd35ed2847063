import { and, eq, gt, inArray, isNull, lte } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { activities, helpPlaces, helpTakes, initiatives, users } from "@/db/schema";
import { enqueueMail } from "@/lib/platform/mail/outbox";
import { ANSWER_DAYS, REMIND_HOST_DAYS } from "../fields";
import { hostMail, unansweredMail } from "../messages";
import { loadPlace, type LockedPlace } from "./place";

const DAY = 24 * 60 * 60 * 1000;

/** Open requests older than `days` for dates that have not begun, whose `mark` column is still empty. */
function waiting(tx: DbOrTx, mark: typeof helpTakes.hostRemindedAt | typeof helpTakes.escalatedAt, days: number, now: Date) {
  return tx
    .select({ id: helpTakes.id, placeId: helpTakes.placeId })
    .from(helpTakes)
    .innerJoin(helpPlaces, eq(helpTakes.placeId, helpPlaces.id))
    .where(and(eq(helpTakes.status, "aangemeld"), isNull(mark), lte(helpTakes.createdAt, new Date(now.getTime() - days * DAY)), gt(helpPlaces.startsAt, now)))
    .all();
}

/** The requests per place, one message per place. */
function byPlace(takes: { id: number; placeId: number }[]): Map<number, number[]> {
  const places = new Map<number, number[]>();
  for (const take of takes) places.set(take.placeId, [...(places.get(take.placeId) ?? []), take.id]);
  return places;
}

const activeEmail = (tx: DbOrTx, userId: string | null) =>
  userId ? tx.select({ email: users.email }).from(users).where(and(eq(users.id, userId), isNull(users.blockedAt))).get()?.email : undefined;

/**
 * Who hears that a host does not answer: the buurtwerker who coaches the idea, or who made the
 * activity; without one, every buurtwerker.
 */
function buurtwerkersOf(tx: DbOrTx, place: LockedPlace): string[] {
  const responsible = place.initiativeId
    ? tx.select({ id: initiatives.coachId }).from(initiatives).where(eq(initiatives.id, place.initiativeId)).get()?.id
    : place.activityId
      ? tx.select({ id: activities.createdById }).from(activities).where(eq(activities.id, place.activityId)).get()?.id
      : null;
  const one = activeEmail(tx, responsible ?? null);
  if (one) return [one];
  return tx.select({ email: users.email }).from(users).where(and(eq(users.role, "buurtwerker"), isNull(users.blockedAt))).all().map((user) => user.email);
}

/**
 * The host answers within ANSWER_DAYS. After REMIND_HOST_DAYS without an answer the host gets one
 * reminder; after ANSWER_DAYS the buurtwerker(s) hear it. Each request is reminded and passed on
 * once (the marks are set in the same transaction as the mails), and only before its date.
 */
export function remindUnansweredHosts(db: Db, input: { now: Date; baseUrl: string }): { reminded: number; escalated: number } {
  return db.transaction(
    (tx) => {
      const toRemind = waiting(tx, helpTakes.hostRemindedAt, REMIND_HOST_DAYS, input.now);
      for (const [placeId] of byPlace(toRemind)) {
        const place = loadPlace(tx, placeId);
        const host = activeEmail(tx, place.hostId);
        if (host) enqueueMail(tx, hostMail(place, host, input.baseUrl, "reminder"));
      }
      if (toRemind.length > 0) tx.update(helpTakes).set({ hostRemindedAt: input.now }).where(inArray(helpTakes.id, toRemind.map((take) => take.id))).run();

      const toEscalate = waiting(tx, helpTakes.escalatedAt, ANSWER_DAYS, input.now);
      for (const [placeId, takeIds] of byPlace(toEscalate)) {
        const place = loadPlace(tx, placeId);
        for (const email of buurtwerkersOf(tx, place)) enqueueMail(tx, unansweredMail(place, takeIds.length, email, input.baseUrl));
      }
      if (toEscalate.length > 0) tx.update(helpTakes).set({ escalatedAt: input.now }).where(inArray(helpTakes.id, toEscalate.map((take) => take.id))).run();
      return { reminded: toRemind.length, escalated: toEscalate.length };
    },
    { behavior: "immediate" },
  );
}
