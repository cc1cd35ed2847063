import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { tell } from "@/lib/activities/contact";
import { AppError } from "@/lib/platform/errors";
import { loadPlace, type PlaceRef } from "@/lib/meedoen/commands/place";
import { takePlace, type TakeInput } from "@/lib/meedoen/commands/take";
import { suggestionMail, suggestionSms } from "../mails";
import { ownOpenTrajectory, recordAccess, type Coach } from "./access";

type PlaceForClient = { coach: Coach; trajectoryId: number; placeId: number; baseUrl: string; now?: Date };

/** Sends the client a link to a place to help, by mail (or text message when only a number is known). */
export function suggestPlace(db: Db, input: PlaceForClient): void {
  const now = input.now ?? new Date();
  db.transaction(
    (tx) => {
      const trajectory = ownOpenTrajectory(tx, input.coach.id, input.trajectoryId);
      const place = loadPlace(tx, input.placeId);
      if (place.startsAt <= now) throw new AppError("conflict", "Deze plek is al voorbij. Kies een andere plek.");
      const client = trajectory.clientId ? tx.select({ email: users.email }).from(users).where(eq(users.id, trajectory.clientId)).get() : undefined;
      tell(tx, { email: client?.email ?? null, phone: trajectory.clientPhone }, (to) => suggestionMail(place, to, input.baseUrl), (to) => suggestionSms(place, to, input.baseUrl));
      recordAccess(tx, input.coach, input.trajectoryId, "plek", now);
    },
    { behavior: "immediate" },
  );
}

/**
 * Takes a place in the client's name, exactly as the client would: with the account, or with the
 * number and first name of a client without one (the host sees the first name, as for anyone). The logbook gets no line for it: a line by a coach at the moment of a take would
 * point at the person; the client's own access record says it.
 */
export function takePlaceForClient(db: Db, input: PlaceForClient): PlaceRef {
  const client = db.transaction((tx): Pick<TakeInput, "user" | "name" | "phone"> => {
    const trajectory = ownOpenTrajectory(tx, input.coach.id, input.trajectoryId);
    if (!trajectory.clientId) return { user: null, name: trajectory.clientFirstName ?? "Vrijwilliger", phone: trajectory.clientPhone! };
    const account = tx.select({ id: users.id, name: users.displayName, email: users.email }).from(users).where(eq(users.id, trajectory.clientId)).get()!;
    return { user: { id: account.id, name: account.name ?? "Vrijwilliger", email: account.email } };
  });
  const outcome = takePlace(db, { placeId: input.placeId, ...client, baseUrl: input.baseUrl, now: input.now });
  db.transaction((tx) => recordAccess(tx, input.coach, input.trajectoryId, "aangemeld", input.now, false));
  return outcome.place;
}
