import { and, eq, isNotNull, lt, ne, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
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
 * Cancels with the number and the code from the newest text message; no account needed. Every try
 * counts for the connection first; a wrong one counts on the number's live codes, in the same
 * transaction (which commits: the refusal is thrown after it).
 */
export function cancelSignupByCode(
  db: Db,
  input: { phone: string; code: string; baseUrl: string; ip: string; now?: Date },
): CancelOutcome & { title: string } {
  const now = input.now ?? new Date();
  if (!consumeRateLimit(db, cancelCodeRules(input.ip), now)) throw new AppError("rate_limited");
  const outcome = db.transaction(
    (tx) => {
      const signup = tx
        .select({ id: signups.id, title: activities.title })
        .from(signups)
        .innerJoin(activities, eq(signups.activityId, activities.id))
        .where(and(liveCodesOf(input.phone), eq(signups.cancelCodeHash, hashCancelCode(input.phone, input.code))))
        .get();
      if (!signup) {
        tx.update(signups).set({ cancelCodeTries: sql`${signups.cancelCodeTries} + 1` }).where(liveCodesOf(input.phone)).run();
        return null;
      }
      return { ...cancelSignup(tx, signup.id, input.baseUrl, now), title: signup.title };
    },
    { behavior: "immediate" },
  );
  // Above the form, not at a field: the number or the code can be the wrong one.
  if (!outcome) throw new AppError("not_found", WRONG_CODE);
  return outcome;
}
