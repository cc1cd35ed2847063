import { and, eq, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { activities, signups } from "@/db/schema";
import { cancelCodeRules, consumeRateLimit } from "@/lib/platform/auth/rate-limit";
import { AppError } from "@/lib/platform/errors";
import { hashCancelCode } from "@/lib/platform/sms/code";
import { cancelSignup, type CancelOutcome } from "./signups";

export const WRONG_CODE = "Dit nummer en deze code horen niet bij elkaar. Kijk ze na. Gebruik de code uit de nieuwste sms die u van ons kreeg.";

/**
 * Cancels with the number and the code from the newest text message; no account needed. The try is
 * counted first, in its own transaction, so a wrong code (which rolls back the cancel) still counts.
 */
export function cancelSignupByCode(
  db: Db,
  input: { phone: string; code: string; baseUrl: string; ip: string; now?: Date },
): CancelOutcome & { title: string } {
  const now = input.now ?? new Date();
  if (!consumeRateLimit(db, cancelCodeRules(input.phone, input.ip), now)) throw new AppError("rate_limited");
  return db.transaction(
    (tx) => {
      const signup = tx
        .select({ id: signups.id, title: activities.title })
        .from(signups)
        .innerJoin(activities, eq(signups.activityId, activities.id))
        .where(
          and(
            eq(signups.phone, input.phone),
            eq(signups.cancelCodeHash, hashCancelCode(input.phone, input.code)),
            ne(signups.status, "geannuleerd"),
          ),
        )
        .get();
      // Above the form, not at a field: the number or the code can be the wrong one.
      if (!signup) throw new AppError("not_found", WRONG_CODE);
      return { ...cancelSignup(tx, signup.id, input.baseUrl, now), title: signup.title };
    },
    { behavior: "immediate" },
  );
}
