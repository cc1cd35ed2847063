import { and, eq, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { helpTakes, users } from "@/db/schema";
import type { HelpTakeStatus } from "@/db/enums";
import { tell } from "@/lib/activities/contact";
import { SIGNUP_LIMIT } from "@/lib/activities/rate-limits";
import { hourlyLimitRules } from "@/lib/platform/rate-limit/hourly";
import { consumeRateLimitIn } from "@/lib/platform/rate-limit/limiter";
import { enqueueMail } from "@/lib/platform/mail/outbox";
import { AppError } from "@/lib/platform/errors";
import { hostMail, takeMail, takeSms } from "../messages";
import { loadPlace, placesTaken, type PlaceRef } from "./place";

export type TakeInput = {
  placeId: number;
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

export type TakeOutcome = { takeId: number; status: HelpTakeStatus; existing: boolean; place: PlaceRef };

export const FULL = "Alle plekken zijn al bezet. Kijk bij de andere plekken om te helpen.";

/**
 * Takes a place in one step. The count of places and the write are one IMMEDIATE transaction:
 * parallel takes from any number of processes never hold more people than there are places.
 * Taking it again with the same account or number changes nothing.
 */
export function takePlace(db: Db, input: TakeInput): TakeOutcome {
  const now = input.now ?? new Date();
  const phone = input.user ? null : (input.phone ?? null);
  if (!input.user && !phone) throw new AppError("invalid", "Vul uw mobiele nummer in.");
  return db.transaction(
    (tx) => {
      const place = loadPlace(tx, input.placeId);
      const ref = { id: place.id, initiativeId: place.initiativeId, activityId: place.activityId };
      if (place.startsAt <= now) throw new AppError("conflict", "Deze plek is al voorbij. Kijk bij de andere plekken om te helpen.");
      const mine = input.user ? eq(helpTakes.userId, input.user.id) : eq(helpTakes.phone, phone!);
      const existing = tx
        .select({ id: helpTakes.id, status: helpTakes.status })
        .from(helpTakes)
        .where(and(eq(helpTakes.placeId, place.id), mine, ne(helpTakes.status, "afgewezen")))
        .get();
      if (existing) return { takeId: existing.id, status: existing.status, existing: true, place: ref };
      if (input.limit && !consumeRateLimitIn(tx, hourlyLimitRules(SIGNUP_LIMIT, input.user?.id ?? phone!, input.limit.ip), now)) {
        throw new AppError("rate_limited");
      }
      if (placesTaken(tx, place.id) >= place.places) throw new AppError("conflict", FULL);
      const { id } = tx
        .insert(helpTakes)
        .values({ placeId: place.id, userId: input.user?.id ?? null, name: input.user?.name ?? input.name!, phone, status: "aangemeld", createdAt: now })
        .returning({ id: helpTakes.id })
        .get();
      tell(
        tx,
        { email: input.user?.email ?? null, phone },
        (email) => takeMail("taken", place, email, input.baseUrl),
        (to) => takeSms("taken", place, to, input.baseUrl),
      );
      const host = place.hostId ? tx.select({ email: users.email }).from(users).where(eq(users.id, place.hostId)).get() : undefined;
      if (host) enqueueMail(tx, hostMail(place, host.email, input.baseUrl));
      return { takeId: id, status: "aangemeld" as const, existing: false, place: ref };
    },
    { behavior: "immediate" },
  );
}

/**
 * The person withdraws their own take before the date: the row goes (nothing of it is needed
 * before the date), the place is free again, and the host hears that someone cannot come.
 */
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
      const place = loadPlace(tx, take.placeId);
      if (place.startsAt <= now) throw new AppError("conflict", "De dag is al begonnen. Afmelden kan niet meer.");
      tx.delete(helpTakes).where(eq(helpTakes.id, take.id)).run();
      const host = place.hostId ? tx.select({ email: users.email }).from(users).where(eq(users.id, place.hostId)).get() : undefined;
      if (host) enqueueMail(tx, hostMail(place, host.email, input.baseUrl, "withdrawn"));
      return { id: place.id, initiativeId: place.initiativeId, activityId: place.activityId };
    },
    { behavior: "immediate" },
  );
}
