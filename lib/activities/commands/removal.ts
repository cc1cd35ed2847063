import { eq, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { activities, signups, users } from "@/db/schema";
import { forgetRateLimitsOf } from "@/lib/platform/auth/rate-limit";
import { forgetSignInCodesOf } from "@/lib/platform/auth/sign-in-codes";
import { AppError } from "@/lib/platform/errors";
import { forgetMailTo, removeOutboxFilesTo } from "@/lib/platform/mail/outbox";
import { anonymiseSignups, isAnonymousKey } from "@/lib/privacy/commands/anonymise";
import { forgetSmsTo, removeSmsFilesTo } from "@/lib/platform/sms/outbox";
import { cancelSignup } from "./signups";
import { hashCancelToken } from "../tokens";

// A guest's own removal of their data, and forgetting an address or number nothing uses any more.

export type RemoveDataOutcome = {
  activityId: number;
  cancelled: boolean;
  /** The address was used nowhere else and is forgotten: delete its mail files after the commit. */
  forgottenAddress: string | null;
  /** The same for the number and its text message files. */
  forgottenPhone: string | null;
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
  forgetAddress(tx, email);
  return email;
}

/** What is kept for an address beside its sign-ups and account: queued mails, hourly counts, a sign-in code. */
export function forgetAddress(tx: DbOrTx, email: string): void {
  forgetMailTo(tx, email);
  forgetRateLimitsOf(tx, [email]);
  forgetSignInCodesOf(tx, [email]);
}

/** The same for a number: its text messages and hourly counts go once no sign-up uses it. */
export function forgetPhoneIfUnused(tx: DbOrTx, phone: string | null): string | null {
  if (!phone) return null;
  if (tx.select({ id: signups.id }).from(signups).where(eq(signups.phone, phone)).get()) return null;
  forgetSmsTo(tx, phone);
  forgetRateLimitsOf(tx, [phone]);
  return phone;
}

/** The mail and message files of a forgotten address and number, outside the transaction. */
export async function removeFilesOfRemovedSignup(outcome: Pick<RemoveDataOutcome, "forgottenAddress" | "forgottenPhone">): Promise<void> {
  if (outcome.forgottenAddress) await removeOutboxFilesTo(outcome.forgottenAddress);
  if (outcome.forgottenPhone) await removeSmsFilesTo(outcome.forgottenPhone);
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
        .select({ id: signups.id, email: signups.email, phone: signups.phone, status: signups.status, activityId: signups.activityId, startsAt: activities.startsAt, activityCancelled: activities.cancelledAt })
        .from(signups)
        .innerJoin(activities, eq(signups.activityId, activities.id))
        .where(eq(signups.cancelTokenHash, hashCancelToken(input.token)))
        .get();
      if (!signup) {
        throw new AppError("not_found", "Deze link werkt niet. Gebruik de link in de nieuwste mail of sms die u van ons kreeg.");
      }
      const cancel = signup.status !== "geannuleerd" && signup.activityCancelled === null && signup.startsAt > now;
      if (cancel) cancelSignup(tx, signup.id, input.baseUrl, now, false);
      anonymiseSignups(tx, [signup], { keepLink: true });
      return {
        activityId: signup.activityId,
        cancelled: cancel,
        forgottenAddress: forgetAddressIfUnused(tx, signup.email),
        forgottenPhone: forgetPhoneIfUnused(tx, signup.phone),
      };
    },
    { behavior: "immediate" },
  );
}
