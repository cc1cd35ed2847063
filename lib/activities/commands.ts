import { and, eq, isNull, ne, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import type { SignupStatus } from "@/db/enums";
import { activities, signups, users } from "@/db/schema";
import { consumeRateLimitIn, forgetRateLimitsOf, hourlyLimitRules, repeatSignupRules } from "@/lib/auth/rate-limit";
import { forgetSignInCodesOf } from "@/lib/auth/sign-in-codes";
import { AppError, FieldRefusal } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { enqueueMail, forgetMailTo, removeOutboxFilesTo } from "@/lib/mail/outbox";
import { anonymiseSignups, isAnonymousKey } from "@/lib/privacy/anonymise";
import { ownedBy } from "./ownership";
import { alreadySignedUpMail, placeMail, signupCancelledMail, waitingListMail } from "./mails";
import { loadActivity, placesTaken, promoteWaiting, waitingPosition, type LockedActivity } from "./places";
import type { SignupData } from "./schema";
import { hashCancelToken, newCancelToken } from "./tokens";

export type SignupOutcome = {
  signupId: number;
  status: SignupStatus;
  partySize: number;
  /** Place in the waiting list, for a waiting sign-up. */
  position: number | null;
  /** True when this e-mail address had already signed up (here or for another date of the series): nothing new was written. */
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

/**
 * The active sign-up of this address for the activity, or for another date of a series that allows
 * one sign-up per address.
 */
function findExisting(tx: DbOrTx, activity: LockedActivity, email: string) {
  const columns = { id: signups.id, activityId: signups.activityId, status: signups.status, partySize: signups.partySize };
  const existing = tx
    .select(columns)
    .from(signups)
    .where(and(eq(signups.activityId, activity.id), eq(signups.email, email), ne(signups.status, "geannuleerd")))
    .get();
  if (existing || activity.seriesId === null || !activity.oneSignupPerEmail) return existing ?? null;
  const inSeries = tx
    .select(columns)
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
  return inSeries ?? null;
}

type Existing = NonNullable<ReturnType<typeof findExisting>>;

/**
 * The address already has a sign-up: nothing new is written, and the details go only to that
 * address, with a fresh cancel link (only hashes are stored, so the old link cannot be repeated;
 * the new one replaces it). Over the mail limit nothing is sent; the answer stays the same.
 */
function repeatSignup(tx: DbOrTx, existing: Existing, input: SignupInput, email: string, now: Date): SignupOutcome {
  const position = existing.status === "wachtlijst" ? waitingPosition(tx, existing.activityId, existing.id) : null;
  const outcome = { signupId: existing.id, status: existing.status, partySize: existing.partySize, position, existing: true };
  const rules = input.limit ? repeatSignupRules(email, input.limit.ip) : null;
  if (rules && !consumeRateLimitIn(tx, rules.ip, now)) throw new AppError("rate_limited");
  if (rules && !consumeRateLimitIn(tx, rules.mail, now)) return { ...outcome, cancelToken: null };
  const { token, hash } = newCancelToken();
  tx.update(signups).set({ cancelTokenHash: hash }).where(eq(signups.id, existing.id)).run();
  const activity = loadActivity(tx, existing.activityId);
  enqueueMail(tx, alreadySignedUpMail(activity, { email, partySize: existing.partySize }, position, token, input.baseUrl));
  return { ...outcome, cancelToken: token };
}

type SignupInput = SignupData & {
  activityId: number;
  userId: string | null;
  baseUrl: string;
  /** The client's address, for the hourly limits (scripts and seeds leave it out). */
  limit?: { ip: string };
  now?: Date;
};

/**
 * Signs up for an activity. The check of free places and the write are one IMMEDIATE transaction,
 * so parallel sign-ups from any number of processes can never overbook.
 */
export function signUp(db: Db, input: SignupInput): SignupOutcome {
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
      if (existing) return repeatSignup(tx, existing, input, email, now);
      if (input.limit && !consumeRateLimitIn(tx, hourlyLimitRules("signup", email, input.limit.ip), now)) {
        throw new AppError("rate_limited");
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
      const recipient = { email, partySize: input.partySize };
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
    .select({ activityId: signups.activityId, status: signups.status, email: signups.email, partySize: signups.partySize })
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

export type RemoveDataOutcome = {
  activityId: number;
  cancelled: boolean;
  /** The address was used nowhere else and is forgotten: delete its mail files after the commit. */
  forgottenAddress: string | null;
};

/**
 * Once no sign-up and no account uses an address any more, the mails to it, its hourly counts and
 * any sign-in code go too. While one does, they stay: a queued mail may still carry that sign-up's
 * cancel link.
 */
function forgetAddressIfUnused(tx: DbOrTx, email: string | null): string | null {
  if (!email || isAnonymousKey(email)) return null;
  const stillUsed =
    tx.select({ id: signups.id }).from(signups).where(eq(signups.email, email)).get() ??
    tx.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, email)).get();
  if (stillUsed) return null;
  forgetMailTo(tx, email);
  forgetRateLimitsOf(tx, [email]);
  forgetSignInCodesOf(tx, [email]);
  return email;
}

/** The mail files of a forgotten address, outside the transaction. */
export async function removeFilesOfRemovedSignup(outcome: RemoveDataOutcome): Promise<void> {
  if (outcome.forgottenAddress) await removeOutboxFilesTo(outcome.forgottenAddress);
}

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
      return { activityId: signup.activityId, cancelled: cancel, forgottenAddress: forgetAddressIfUnused(tx, signup.email) };
    },
    { behavior: "immediate" },
  );
}
