import { and, eq, isNotNull, lt, ne, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { activities, signups } from "@/db/schema";
import { consumeRateLimit } from "@/lib/platform/rate-limit/limiter";
import { cancelCodeRules } from "../rate-limits";
import { AppError } from "@/lib/platform/errors";
import { hashCancelCode } from "@/lib/platform/sms/code";
import { cancelSignup, type CancelOutcome } from "./signups";
import { CANCEL_CODE_TRIES } from "../schema";

export const WRONG_CODE =
  "Dit nummer en deze code horen niet bij elkaar. Kijk ze na. Gebruik de code uit de nieuwste sms die u van ons kreeg. Lukt het niet? Gebruik dan de link in die sms.";

/** The number's sign-ups whose code can still be used. */
const liveCodesOf = (phone: string) =>
  and(eq(signups.phone, phone), isNotNull(signups.cancelCodeHash), ne(signups.status, "geannuleerd"), lt(signups.cancelCodeTries, CANCEL_CODE_TRIES));

/**
 * How a code from a text message is used, for any kind of thing a guest took with their number
 * (an activity sign-up, a place to help): every try counts for the connection first; `find` looks
 * for what the number and code belong to; a wrong code counts on the number's live codes
 * (`countWrong`) in the same transaction, which commits: the refusal is thrown after it.
 */
export function redeemCancelCode<Found, Result>(
  db: Db,
  input: { phone: string; code: string; ip: string; now: Date },
  store: { find: (tx: DbOrTx, codeHash: string) => Found | undefined; countWrong: (tx: DbOrTx) => void; use: (tx: DbOrTx, found: Found) => Result },
): Result {
  if (!consumeRateLimit(db, cancelCodeRules(input.ip), input.now)) throw new AppError("rate_limited");
  const outcome = db.transaction(
    (tx) => {
      const found = store.find(tx, hashCancelCode(input.phone, input.code));
      if (found === undefined) {
        store.countWrong(tx);
        return null;
      }
      return { result: store.use(tx, found) };
    },
    { behavior: "immediate" },
  );
  // Above the form, not at a field: the number or the code can be the wrong one.
  if (!outcome) throw new AppError("not_found", WRONG_CODE);
  return outcome.result;
}

/** Cancels an activity sign-up with the number and the code from the newest text message; no account needed. */
export function cancelSignupByCode(
  db: Db,
  input: { phone: string; code: string; baseUrl: string; ip: string; now?: Date },
): CancelOutcome & { title: string } {
  const now = input.now ?? new Date();
  return redeemCancelCode(db, { ...input, now }, {
    find: (tx, codeHash) =>
      tx
        .select({ id: signups.id, title: activities.title })
        .from(signups)
        .innerJoin(activities, eq(signups.activityId, activities.id))
        .where(and(liveCodesOf(input.phone), eq(signups.cancelCodeHash, codeHash)))
        .get(),
    countWrong: (tx) => tx.update(signups).set({ cancelCodeTries: sql`${signups.cancelCodeTries} + 1` }).where(liveCodesOf(input.phone)).run(),
    use: (tx, signup) => ({ ...cancelSignup(tx, signup.id, input.baseUrl, now), title: signup.title }),
  });
}
