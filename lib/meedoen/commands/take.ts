import { and, desc, eq, gt, isNotNull, lt, ne, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { helpPlaces, helpTakes, users } from "@/db/schema";
import type { HelpTakeStatus } from "@/db/enums";
import { tell } from "@/lib/activities/contact";
import { redeemCancelCode } from "@/lib/activities/commands/code-cancel";
import { SIGNUP_LIMIT } from "@/lib/activities/rate-limits";
import { CANCEL_CODE_LENGTH, CANCEL_CODE_TRIES } from "@/lib/activities/schema";
import { hourlyLimitRules } from "@/lib/platform/rate-limit/hourly";
import { consumeRateLimitIn } from "@/lib/platform/rate-limit/limiter";
import { enqueueMail } from "@/lib/platform/mail/outbox";
import { AppError } from "@/lib/platform/errors";
import { newDigitCode } from "@/lib/platform/security/digit-code";
import { hashCancelCode } from "@/lib/platform/sms/code";
import { hostMail, takeMail, takeSms } from "../messages";
import { comingDatesOf, loadPlace, placesTaken, refOf, type LockedPlace, type PlaceRef } from "./place";

export type TakeInput = {
  placeId: number;
  /** Every coming date of the place's series in one step, not just this one. */
  allDates?: boolean;
  /** With an account: the account's own name and address. */
  user: { id: string; name: string; email: string } | null;
  /** Without an account: the first name and the mobile number (E.164). */
  name?: string;
  phone?: string;
  baseUrl: string;
  /** The client's address, for the hourly limits (scripts and tests leave it out). */
  limit?: { ip: string };
  now?: Date;
};

/** `takeId`, `status`, `place`: the first date taken (or already held); `places`: every date that changed. */
export type TakeOutcome = { takeId: number; status: HelpTakeStatus; existing: boolean; dates: number; place: PlaceRef; places: PlaceRef[] };

export const FULL = "Alle plekken zijn al bezet. Kijk bij de andere plekken om te helpen.";
export const DECLINED = "U heeft zich hier al gemeld, en deze keer past het niet. Kijk bij de andere plekken om te helpen.";

const hostEmail = (tx: DbOrTx, place: LockedPlace) =>
  place.hostId ? tx.select({ email: users.email }).from(users).where(eq(users.id, place.hostId)).get()?.email : undefined;

/**
 * Takes a place in one step: one date, or every coming date of its series that has room. The
 * count of places and the write are one IMMEDIATE transaction: parallel takes from any number of
 * processes never hold more people than there are places. Taking a date again with the same
 * account or number changes nothing; after the host said no, that date cannot be taken again.
 * A guest's text message carries a code that cancels the dates taken in this step.
 */
export function takePlace(db: Db, input: TakeInput): TakeOutcome {
  const now = input.now ?? new Date();
  const phone = input.user ? null : (input.phone ?? null);
  if (!input.user && !phone) throw new AppError("invalid", "Vul uw mobiele nummer in.");
  const mine = input.user ? eq(helpTakes.userId, input.user.id) : eq(helpTakes.phone, phone!);
  return db.transaction(
    (tx) => {
      const place = loadPlace(tx, input.placeId);
      if (place.startsAt <= now) throw new AppError("conflict", "Deze plek is al voorbij. Kijk bij de andere plekken om te helpen.");
      const open: LockedPlace[] = [];
      let held: { id: number; status: HelpTakeStatus; place: LockedPlace } | null = null;
      let declined = false;
      for (const date of input.allDates ? comingDatesOf(tx, place, now) : [place]) {
        const earlier = tx
          .select({ id: helpTakes.id, status: helpTakes.status })
          .from(helpTakes)
          .where(and(eq(helpTakes.placeId, date.id), mine))
          .orderBy(desc(helpTakes.id))
          .get();
        if (earlier?.status === "afgewezen") declined = true;
        else if (earlier) held ??= { ...earlier, place: date };
        else if (placesTaken(tx, date.id) < date.places) open.push(date);
      }
      if (open.length === 0) {
        if (held) return { takeId: held.id, status: held.status, existing: true, dates: 0, place: refOf(held.place), places: [] };
        throw new AppError("conflict", declined ? DECLINED : FULL);
      }
      if (input.limit && !consumeRateLimitIn(tx, hourlyLimitRules(SIGNUP_LIMIT, input.user?.id ?? phone!, input.limit.ip), now)) {
        throw new AppError("rate_limited");
      }
      const cancelCode = phone ? newDigitCode(CANCEL_CODE_LENGTH) : undefined;
      const ids = open.map(
        (date) =>
          tx
            .insert(helpTakes)
            .values({
              placeId: date.id,
              userId: input.user?.id ?? null,
              name: input.user?.name ?? input.name!,
              phone,
              status: "aangemeld",
              cancelCodeHash: cancelCode ? hashCancelCode(phone!, cancelCode) : null,
              createdAt: now,
            })
            .returning({ id: helpTakes.id })
            .get().id,
      );
      const first = open[0]!;
      const extra = { dates: open.length, cancelCode };
      tell(
        tx,
        { email: input.user?.email ?? null, phone },
        (email) => takeMail("taken", first, email, input.baseUrl, extra),
        (to) => takeSms("taken", first, to, input.baseUrl, extra),
      );
      const host = hostEmail(tx, first);
      if (host) enqueueMail(tx, hostMail(first, host, input.baseUrl));
      return { takeId: ids[0]!, status: "aangemeld" as const, existing: false, dates: open.length, place: refOf(first), places: open.map(refOf) };
    },
    { behavior: "immediate" },
  );
}

/** Removes one take before its date: nothing of it is needed then. The place is free again and the host hears it. */
function removeTake(tx: DbOrTx, take: { id: number; placeId: number }, baseUrl: string, now: Date): PlaceRef {
  const place = loadPlace(tx, take.placeId);
  if (place.startsAt <= now) throw new AppError("conflict", "De dag is al begonnen. Afmelden kan niet meer.");
  tx.delete(helpTakes).where(eq(helpTakes.id, take.id)).run();
  const host = hostEmail(tx, place);
  if (host) enqueueMail(tx, hostMail(place, host, baseUrl, "withdrawn"));
  return refOf(place);
}

/** A signed-in person withdraws their own take before the date (from the place's page or /account). */
export function withdrawOwnTake(db: Db, input: { userId: string; takeId: number; baseUrl: string; now?: Date }): PlaceRef {
  const now = input.now ?? new Date();
  return db.transaction(
    (tx) => {
      const take = tx
        .select({ id: helpTakes.id, placeId: helpTakes.placeId })
        .from(helpTakes)
        .where(and(eq(helpTakes.id, input.takeId), eq(helpTakes.userId, input.userId), ne(helpTakes.status, "afgewezen")))
        .get();
      if (!take) throw new AppError("not_found", "Deze aanmelding bestaat niet (meer).");
      return removeTake(tx, take, input.baseUrl, now);
    },
    { behavior: "immediate" },
  );
}

/** The number's takes whose code can still be used. */
const liveCodesOf = (phone: string) =>
  and(eq(helpTakes.phone, phone), isNotNull(helpTakes.cancelCodeHash), ne(helpTakes.status, "afgewezen"), lt(helpTakes.cancelCodeTries, CANCEL_CODE_TRIES));

/**
 * A guest cancels with their number and the code from the text message, as for an activity
 * sign-up: every date taken with that message that has not begun.
 */
export function withdrawTakesByCode(db: Db, input: { phone: string; code: string; baseUrl: string; ip: string; now?: Date }): PlaceRef[] {
  const now = input.now ?? new Date();
  return redeemCancelCode(db, { ...input, now }, {
    find: (tx, codeHash) => {
      const takes = tx
        .select({ id: helpTakes.id, placeId: helpTakes.placeId })
        .from(helpTakes)
        .innerJoin(helpPlaces, eq(helpTakes.placeId, helpPlaces.id))
        .where(and(liveCodesOf(input.phone), eq(helpTakes.cancelCodeHash, codeHash), gt(helpPlaces.startsAt, now)))
        .all();
      return takes.length > 0 ? takes : undefined;
    },
    countWrong: (tx) => tx.update(helpTakes).set({ cancelCodeTries: sql`${helpTakes.cancelCodeTries} + 1` }).where(liveCodesOf(input.phone)).run(),
    use: (tx, takes) => takes.map((take) => removeTake(tx, take, input.baseUrl, now)),
  });
}
