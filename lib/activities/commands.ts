import { and, eq, isNull, ne } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import type { SignupStatus } from "@/db/enums";
import { activities, signups } from "@/db/schema";
import { AppError, FieldRefusal } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { enqueueMail } from "@/lib/mail/outbox";
import { anonymiseSignups } from "@/lib/privacy/anonymise";
import { ownedBy } from "./ownership";
import { placeMail, signupCancelledMail, waitingListMail } from "./mails";
import { loadActivity, placesTaken, promoteWaiting, waitingPosition, type LockedActivity } from "./places";
import type { SignupData } from "./schema";
import { hashCancelToken, newCancelToken } from "./tokens";

export type SignupOutcome = {
  signupId: number;
  status: SignupStatus;
  partySize: number;
  /** Place in the waiting list, for a waiting sign-up. */
  position: number | null;
  /** True when this e-mail address had already signed up: nothing new was written. */
  existing: boolean;
  /** Only in the mail in real use; returned for scripts and tests that cancel like a resident. */
  cancelToken: string | null;
};

function assertOpenForSignup(activity: LockedActivity, now: Date): void {
  if (activity.cancelled) throw new AppError("conflict", "Deze activiteit gaat niet door. Aanmelden kan niet.");
  if (activity.startsAt <= now) throw new AppError("conflict", "Deze activiteit is al begonnen of voorbij. Aanmelden kan niet meer.");
  if (activity.signupDeadline <= now) {
    throw new AppError("conflict", `Aanmelden kan niet meer. Dat kon tot ${formatDate(activity.signupDeadline)}.`);
  }
}

/** One active sign-up per address per activity, and per series when the series says so. */
function findExisting(tx: DbOrTx, activity: LockedActivity, email: string) {
  const existing = tx
    .select({ id: signups.id, status: signups.status, partySize: signups.partySize })
    .from(signups)
    .where(and(eq(signups.activityId, activity.id), eq(signups.email, email), ne(signups.status, "geannuleerd")))
    .get();
  if (existing) return existing;
  if (activity.seriesId === null || !activity.oneSignupPerEmail) return null;
  const inSeries = tx
    .select({ id: signups.id })
    .from(signups)
    .innerJoin(activities, eq(signups.activityId, activities.id))
    .where(
      and(
        eq(activities.seriesId, activity.seriesId),
        isNull(activities.cancelledAt),
        eq(signups.email, email),
        ne(signups.status, "geannuleerd"),
      ),
    )
    .get();
  if (inSeries) {
    throw new FieldRefusal(
      "email",
      `Met dit e-mailadres bent u al aangemeld voor een andere datum van ${activity.seriesName}. U kunt maar voor één datum kiezen.`,
      "conflict",
    );
  }
  return null;
}

/**
 * Signs up for an activity. The check of free places and the write are one IMMEDIATE transaction,
 * so parallel sign-ups from any number of processes can never overbook.
 */
export function signUp(
  db: Db,
  input: SignupData & { activityId: number; userId: string | null; baseUrl: string; now?: Date },
): SignupOutcome {
  const now = input.now ?? new Date();
  const email = input.email.toLowerCase();
  return db.transaction(
    (tx) => {
      const activity = loadActivity(tx, input.activityId);
      assertOpenForSignup(activity, now);
      if (input.partySize > activity.maxPartySize) {
        throw new FieldRefusal("partySize", `U kunt met hoogstens ${activity.maxPartySize} personen komen per aanmelding.`);
      }
      const existing = findExisting(tx, activity, email);
      if (existing) {
        const position = existing.status === "wachtlijst" ? waitingPosition(tx, activity.id, existing.id) : null;
        return { signupId: existing.id, status: existing.status, partySize: existing.partySize, position, existing: true, cancelToken: null };
      }
      const fits = input.partySize <= activity.places - placesTaken(tx, activity.id);
      const status: SignupStatus = fits ? "bevestigd" : "wachtlijst";
      const { token, hash } = newCancelToken();
      const { id } = tx
        .insert(signups)
        .values({
          activityId: activity.id,
          userId: input.userId,
          name: input.name,
          email,
          phone: input.phone || null,
          partySize: input.partySize,
          notes: input.notes || null,
          status,
          cancelTokenHash: hash,
          createdAt: now,
        })
        .returning({ id: signups.id })
        .get();
      const recipient = { email, name: input.name, partySize: input.partySize };
      const position = fits ? null : waitingPosition(tx, activity.id, id);
      enqueueMail(
        tx,
        position === null
          ? placeMail(activity, recipient, token, input.baseUrl, false)
          : waitingListMail(activity, recipient, position, token, input.baseUrl),
      );
      return { signupId: id, status, partySize: input.partySize, position, existing: false, cancelToken: token };
    },
    { behavior: "immediate" },
  );
}

export type CancelOutcome = { activityId: number; promoted: number[] };

/** Cancels through the personal link in the mail; the freed places go to the waiting list. */
export function cancelSignupByToken(db: Db, input: { token: string; baseUrl: string; now?: Date }): CancelOutcome {
  const now = input.now ?? new Date();
  return db.transaction(
    (tx) => {
      const signup = tx
        .select({ id: signups.id })
        .from(signups)
        .where(eq(signups.cancelTokenHash, hashCancelToken(input.token)))
        .get();
      if (!signup) {
        throw new AppError("not_found", "Deze afmeldlink werkt niet. Gebruik de link in de nieuwste mail die u van ons kreeg.");
      }
      return cancelSignup(tx, signup.id, input.baseUrl, now);
    },
    { behavior: "immediate" },
  );
}

/** A signed-in resident cancels one of their own sign-ups from the account page. */
export function cancelOwnSignup(db: Db, input: { signupId: number; userId: string; baseUrl: string; now?: Date }): CancelOutcome {
  const now = input.now ?? new Date();
  return db.transaction(
    (tx) => {
      const signup = tx
        .select({ id: signups.id })
        .from(signups)
        .where(and(eq(signups.id, input.signupId), ownedBy(input.userId)))
        .get();
      if (!signup) throw new AppError("not_found", "Deze aanmelding bestaat niet (meer).");
      return cancelSignup(tx, signup.id, input.baseUrl, now);
    },
    { behavior: "immediate" },
  );
}

/**
 * Cancels one sign-up inside the caller's IMMEDIATE transaction and promotes the waiting list.
 * `notify: false` sends the person no confirmation: used when their address is being removed.
 */
export function cancelSignup(
  tx: DbOrTx,
  signupId: number,
  baseUrl: string,
  now: Date,
  notify = true,
): CancelOutcome {
  const signup = tx
    .select({ activityId: signups.activityId, status: signups.status, name: signups.name, email: signups.email, partySize: signups.partySize })
    .from(signups)
    .where(eq(signups.id, signupId))
    .get();
  if (!signup) throw new AppError("not_found", "Deze aanmelding bestaat niet (meer).");
  if (signup.status === "geannuleerd") throw new AppError("conflict", "U heeft zich al afgemeld. U hoeft niets meer te doen.");
  const activity = loadActivity(tx, signup.activityId);
  if (activity.cancelled) throw new AppError("conflict", "Deze activiteit gaat niet door. U hoeft niets te doen.");
  if (activity.startsAt <= now) throw new AppError("conflict", "Deze activiteit is al begonnen of voorbij. Afmelden kan niet meer.");
  const result = tx
    .update(signups)
    .set({ status: "geannuleerd", cancelledAt: now })
    .where(and(eq(signups.id, signupId), ne(signups.status, "geannuleerd")))
    .run();
  if (result.changes !== 1) throw new AppError("conflict", "U heeft zich al afgemeld. U hoeft niets meer te doen.");
  if (notify && signup.email) enqueueMail(tx, signupCancelledMail(activity, { ...signup, email: signup.email }));
  const promoted = signup.status === "bevestigd" ? promoteWaiting(tx, activity, baseUrl, now) : [];
  return { activityId: activity.id, promoted };
}

export type RemoveDataOutcome = { activityId: number; cancelled: boolean };

/**
 * A guest removes their data with the personal link: an active sign-up for an activity still to
 * come is cancelled first (promoting the waiting list), then name, address, phone and notes go.
 * The link keeps working, to show that the data is gone.
 */
export function removeSignupDataByToken(db: Db, input: { token: string; baseUrl: string; now?: Date }): RemoveDataOutcome {
  const now = input.now ?? new Date();
  return db.transaction(
    (tx) => {
      const signup = tx
        .select({ id: signups.id, email: signups.email, status: signups.status, activityId: signups.activityId, startsAt: activities.startsAt, activityCancelled: activities.cancelledAt })
        .from(signups)
        .innerJoin(activities, eq(signups.activityId, activities.id))
        .where(eq(signups.cancelTokenHash, hashCancelToken(input.token)))
        .get();
      if (!signup) {
        throw new AppError("not_found", "Deze link werkt niet. Gebruik de link in de nieuwste mail die u van ons kreeg.");
      }
      const cancel = signup.status !== "geannuleerd" && signup.activityCancelled === null && signup.startsAt > now;
      if (cancel) cancelSignup(tx, signup.id, input.baseUrl, now, false);
      anonymiseSignups(tx, [signup], { keepLink: true });
      return { activityId: signup.activityId, cancelled: cancel };
    },
    { behavior: "immediate" },
  );
}
