import { and, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { signups } from "@/db/schema";
import { AppError, FieldRefusal } from "@/lib/platform/errors";
import { ownedBy } from "../ownership";
import { loadActivity, placesTaken, promoteWaiting } from "./places";
import { hashCancelToken } from "../tokens";

export type PartySizeOutcome = { activityId: number; partySize: number; changed: boolean; promoted: number[] };

const places = (n: number) => (n === 1 ? "1 plek" : `${n} plekken`);

/**
 * Changes the number of people of one sign-up inside the caller's IMMEDIATE transaction. Fewer
 * frees places, which go to the waiting list (each promotion once: promoteWaiting's status guard);
 * more takes places only when they are free. A waiting sign-up keeps its turn.
 */
function changePartySize(tx: DbOrTx, signupId: number, partySize: number, baseUrl: string, now: Date): PartySizeOutcome {
  const signup = tx
    .select({ activityId: signups.activityId, status: signups.status, partySize: signups.partySize })
    .from(signups)
    .where(eq(signups.id, signupId))
    .get();
  if (!signup) throw new AppError("not_found", "Deze aanmelding bestaat niet (meer).");
  if (signup.status === "geannuleerd") throw new AppError("conflict", "U bent afgemeld. Wilt u toch komen? Meld u dan opnieuw aan.");
  const activity = loadActivity(tx, signup.activityId);
  if (activity.cancelled) throw new AppError("conflict", "Deze activiteit gaat niet door. U hoeft niets te doen.");
  if (activity.startsAt <= now) throw new AppError("conflict", "Deze activiteit is al begonnen of voorbij. Het aantal personen kan niet meer veranderen.");
  if (partySize > activity.maxPartySize) {
    throw new FieldRefusal("partySize", `U kunt met hoogstens ${activity.maxPartySize} personen komen per aanmelding.`);
  }
  const unchanged = { activityId: activity.id, partySize: signup.partySize, changed: false, promoted: [] };
  if (partySize === signup.partySize) return unchanged;
  if (signup.status === "bevestigd" && partySize > signup.partySize) {
    const free = activity.places - placesTaken(tx, activity.id);
    if (partySize - signup.partySize > free) {
      throw new FieldRefusal(
        "partySize",
        free <= 0
          ? `Er zijn geen plekken meer vrij. U blijft aangemeld met ${signup.partySize}.`
          : `Er ${free === 1 ? "is" : "zijn"} nog ${places(free)} vrij. U kunt met hoogstens ${signup.partySize + free} personen komen.`,
      );
    }
  }
  tx.update(signups).set({ partySize }).where(and(eq(signups.id, signupId), eq(signups.partySize, signup.partySize))).run();
  const promoted = partySize < signup.partySize ? promoteWaiting(tx, activity, baseUrl, now) : [];
  return { activityId: activity.id, partySize, changed: true, promoted };
}

/** With the personal link from the mail: the token is the proof. */
export function changePartySizeByToken(db: Db, input: { token: string; partySize: number; baseUrl: string; now?: Date }): PartySizeOutcome {
  return db.transaction(
    (tx) => {
      const signup = tx.select({ id: signups.id }).from(signups).where(eq(signups.cancelTokenHash, hashCancelToken(input.token))).get();
      if (!signup) throw new AppError("not_found", "Deze link werkt niet. Gebruik de link in de nieuwste mail of sms die u van ons kreeg.");
      return changePartySize(tx, signup.id, input.partySize, input.baseUrl, input.now ?? new Date());
    },
    { behavior: "immediate" },
  );
}

/** A signed-in resident changes one of their own sign-ups from the account page. */
export function changeOwnPartySize(
  db: Db,
  input: { signupId: number; userId: string; partySize: number; baseUrl: string; now?: Date },
): PartySizeOutcome {
  return db.transaction(
    (tx) => {
      const signup = tx.select({ id: signups.id }).from(signups).where(and(eq(signups.id, input.signupId), ownedBy(input.userId))).get();
      if (!signup) throw new AppError("not_found", "Deze aanmelding bestaat niet (meer).");
      return changePartySize(tx, signup.id, input.partySize, input.baseUrl, input.now ?? new Date());
    },
    { behavior: "immediate" },
  );
}
