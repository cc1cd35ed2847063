import { and, eq, gte, isNotNull, isNull, lt, ne, notInArray, or, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { DEFAULT_SETTINGS } from "@/db/reference-data";
import { activities, helpPlaces, helpTakes, mailOutbox, settings, signups, smsOutbox, users } from "@/db/schema";
import { removeExpiredSignInCodes } from "@/lib/platform/auth/sign-in-codes";
import { SMS_MAX_ATTEMPTS } from "@/lib/platform/sms/outbox";
import { anonymiseSignups, anonymousKey, WIPED_NAME } from "./anonymise";

export type CleanupReport = {
  retentionMonths: number;
  cutoff: Date;
  signupsAnonymised: number;
  mailsRemoved: number;
  textsRemoved: number;
  signInCodesRemoved: number;
  helpTakesWiped: number;
};

function retentionMonths(db: Db): number {
  const row = db.select({ value: settings.value }).from(settings).where(eq(settings.key, "guestDataRetentionMonths")).get();
  const months = Number(row?.value ?? DEFAULT_SETTINGS.guestDataRetentionMonths);
  return Number.isInteger(months) && months >= 1 ? months : Number(DEFAULT_SETTINGS.guestDataRetentionMonths);
}

/**
 * Removes the personal data of guest sign-ups (and walk-ins) of activities that ended more than
 * the retention period ago, and sent mails and text messages older than that (and messages that
 * gave up). Sign-ups that belong to an account
 * stay: the account holder sees and deletes those. Party sizes, statuses and check-ins stay, so
 * the figures do not change. Sign-in codes go as soon as their link has expired. Idempotent: a second run finds nothing left to do.
 */
export function cleanupPersonalData(db: Db, now: Date = new Date()): CleanupReport {
  const months = retentionMonths(db);
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return db.transaction(
    (tx) => {
      const accountAddresses = tx.select({ email: sql<string>`lower(${users.email})` }).from(users);
      const rows = tx
        .select({ id: signups.id, email: signups.email, phone: signups.phone })
        .from(signups)
        .innerJoin(activities, eq(signups.activityId, activities.id))
        .where(
          and(
            lt(activities.endsAt, cutoff),
            isNull(signups.userId),
            ne(signups.name, WIPED_NAME),
            or(isNull(signups.email), notInArray(signups.email, accountAddresses)),
          ),
        )
        .all();
      const signupsAnonymised = anonymiseSignups(tx, rows);
      const mailsRemoved = tx
        .delete(mailOutbox)
        .where(and(isNotNull(mailOutbox.sentAt), lt(mailOutbox.createdAt, cutoff)))
        .run().changes;
      const textsRemoved = tx
        .delete(smsOutbox)
        .where(and(or(isNotNull(smsOutbox.sentAt), gte(smsOutbox.attempts, SMS_MAX_ATTEMPTS)), lt(smsOutbox.createdAt, cutoff)))
        .run().changes;
      const signInCodesRemoved = removeExpiredSignInCodes(tx, now);
      const helpTakesWiped = wipeGuestHelpTakes(tx, cutoff);
      return { retentionMonths: months, cutoff, signupsAnonymised, mailsRemoved, textsRemoved, signInCodesRemoved, helpTakesWiped };
    },
    { behavior: "immediate" },
  );
}

/**
 * Places to help taken with only a number, on dates that ended before the cutoff: the name, the
 * number and the certificate go; the status and attendance stay for the figures. Each number
 * becomes its own random key (the row needs a way to reach someone, and leads to no one).
 */
function wipeGuestHelpTakes(tx: DbOrTx, cutoff: Date): number {
  const rows = tx
    .select({ id: helpTakes.id })
    .from(helpTakes)
    .innerJoin(helpPlaces, eq(helpTakes.placeId, helpPlaces.id))
    .where(and(lt(helpPlaces.endsAt, cutoff), isNull(helpTakes.userId), ne(helpTakes.name, WIPED_NAME)))
    .all();
  for (const row of rows) {
    tx.update(helpTakes).set({ name: WIPED_NAME, phone: anonymousKey(), certificateCode: null, skills: "", cancelCodeHash: null }).where(eq(helpTakes.id, row.id)).run();
  }
  return rows.length;
}
