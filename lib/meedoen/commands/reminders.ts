import { and, eq, gt, inArray, isNull, lte, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { helpPlaces, helpTakes, users } from "@/db/schema";
import { notify, type Audience } from "@/lib/notifications/commands/notify";
import { enqueueMail } from "@/lib/platform/mail/outbox";
import { ANSWER_DAYS, REMIND_HOST_DAYS } from "../fields";
import { hostMail, unansweredPayload } from "../messages";
import { loadPlace } from "./place";

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
 * activity; without one (or when that account is blocked), every buurtwerker.
 */
function buurtwerkersOf(placeId: number): Audience {
  const responsible = sql`select u.id from help_places p
      left join initiatives i on i.id = p.initiative_id
      left join activities a on a.id = p.activity_id
      join users u on u.id = coalesce(i.coach_id, a.created_by_id)
      where p.id = ${placeId} and u.blocked_at is null`;
  return sql`${responsible} union select id from users where role = 'buurtwerker' and blocked_at is null and not exists (${responsible})`;
}

/**
 * The host answers within ANSWER_DAYS. After REMIND_HOST_DAYS without an answer the host gets one
 * reminder; after ANSWER_DAYS the buurtwerker(s) hear it, as their staff mail choice says. Each request is reminded and passed on
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
      // Staff news like any other: mailed at once, in the weekly digest or not at all, as each chose.
      for (const [placeId, takeIds] of byPlace(toEscalate)) {
        const place = loadPlace(tx, placeId);
        notify(tx, {
          kind: "place_unanswered",
          eventKey: `place-unanswered:${placeId}:${input.now.getTime()}`,
          initiativeId: place.initiativeId,
          payload: unansweredPayload(place, takeIds.length),
          audience: buurtwerkersOf(placeId),
          now: input.now,
        });
      }
      if (toEscalate.length > 0) tx.update(helpTakes).set({ escalatedAt: input.now }).where(inArray(helpTakes.id, toEscalate.map((take) => take.id))).run();
      return { reminded: toRemind.length, escalated: toEscalate.length };
    },
    { behavior: "immediate" },
  );
}
