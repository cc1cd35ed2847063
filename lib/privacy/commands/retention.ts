import { and, asc, eq, gt, gte, isNotNull, isNull, lt, ne, notExists, or, sql } from "drizzle-orm";
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

/** Guest sign-ups (and places taken) wiped per transaction: the server answers requests between two batches. */
export const RETENTION_BATCH = 100;

/**
 * Where a cleanup in batches has got to: the last sign-up and place taken it wiped (rows are taken
 * in id order, so a batch never reads past the ones done), and the random key of each address, so
 * one address stays one person across batches.
 */
type CleanupCursor = { limit: number; keys: Map<string, string>; signupId: number; takeId: number };

function retentionMonths(db: Db): number {
  const row = db.select({ value: settings.value }).from(settings).where(eq(settings.key, "guestDataRetentionMonths")).get();
  const months = Number(row?.value ?? DEFAULT_SETTINGS.guestDataRetentionMonths);
  return Number.isInteger(months) && months >= 1 ? months : Number(DEFAULT_SETTINGS.guestDataRetentionMonths);
}

function retentionCutoff(db: Db, now: Date): { retentionMonths: number; cutoff: Date } {
  const months = retentionMonths(db);
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return { retentionMonths: months, cutoff };
}

/**
 * Removes the personal data of guest sign-ups (and walk-ins) of activities that ended more than
 * the retention period ago, and sent mails and text messages older than that (and messages that
 * gave up). Sign-ups that belong to an account
 * stay: the account holder sees and deletes those. Party sizes, statuses and check-ins stay, so
 * the figures do not change. Sign-in codes go as soon as their link has expired. Idempotent: a second run finds nothing left to do.
 * With a cursor, only the first batch of guests: at most `limit` sign-ups and places.
 */
export function cleanupPersonalData(db: Db, now: Date = new Date(), cursor?: CleanupCursor): CleanupReport {
  const { retentionMonths, cutoff } = retentionCutoff(db, now);
  return db.transaction(
    (tx) => {
      const mailsRemoved = tx
        .delete(mailOutbox)
        .where(and(isNotNull(mailOutbox.sentAt), lt(mailOutbox.createdAt, cutoff)))
        .run().changes;
      const textsRemoved = tx
        .delete(smsOutbox)
        .where(and(or(isNotNull(smsOutbox.sentAt), gte(smsOutbox.attempts, SMS_MAX_ATTEMPTS)), lt(smsOutbox.createdAt, cutoff)))
        .run().changes;
      const signInCodesRemoved = removeExpiredSignInCodes(tx, now);
      return { retentionMonths, cutoff, mailsRemoved, textsRemoved, signInCodesRemoved, ...wipeGuests(tx, cutoff, cursor) };
    },
    { behavior: "immediate" },
  );
}

type GuestsWiped = Pick<CleanupReport, "signupsAnonymised" | "helpTakesWiped">;

/** Guests' sign-ups and places taken past the cutoff; with a cursor, the next batch after the ones it has done. */
function wipeGuests(tx: DbOrTx, cutoff: Date, cursor?: CleanupCursor): GuestsWiped {
  const rows = tx
    .select({ id: signups.id, email: signups.email, phone: signups.phone })
    .from(signups)
    .innerJoin(activities, eq(signups.activityId, activities.id))
    .where(
      and(
        gt(signups.id, cursor?.signupId ?? 0),
        lt(activities.endsAt, cutoff),
        isNull(signups.userId),
        ne(signups.name, WIPED_NAME),
        or(isNull(signups.email), notExists(tx.select({ one: sql`1` }).from(users).where(sql`lower(${users.email}) = lower(${signups.email})`))),
      ),
    )
    .orderBy(asc(signups.id))
    .limit(cursor?.limit ?? -1)
    .all();
  if (cursor) cursor.signupId = rows.at(-1)?.id ?? cursor.signupId;
  return { signupsAnonymised: anonymiseSignups(tx, rows, { keys: cursor?.keys }), helpTakesWiped: wipeGuestHelpTakes(tx, cutoff, cursor) };
}

/**
 * Places to help taken with only a number, on dates that ended before the cutoff: the name, the
 * number and the certificate go; the status and attendance stay for the figures. Each number
 * becomes its own random key (the row needs a way to reach someone, and leads to no one).
 */
function wipeGuestHelpTakes(tx: DbOrTx, cutoff: Date, cursor?: CleanupCursor): number {
  const rows = tx
    .select({ id: helpTakes.id })
    .from(helpTakes)
    .innerJoin(helpPlaces, eq(helpTakes.placeId, helpPlaces.id))
    .where(and(gt(helpTakes.id, cursor?.takeId ?? 0), lt(helpPlaces.endsAt, cutoff), isNull(helpTakes.userId), ne(helpTakes.name, WIPED_NAME)))
    .orderBy(asc(helpTakes.id))
    .limit(cursor?.limit ?? -1)
    .all();
  if (cursor) cursor.takeId = rows.at(-1)?.id ?? cursor.takeId;
  for (const row of rows) {
    tx.update(helpTakes).set({ name: WIPED_NAME, phone: anonymousKey(), certificateCode: null, skills: "", cancelCodeHash: null }).where(eq(helpTakes.id, row.id)).run();
  }
  return rows.length;
}

/**
 * The nightly job: the cleanup in batches of RETENTION_BATCH, with a turn for the server's requests
 * in between, so a large backlog (the first run on years of data) never holds a page for seconds.
 */
export async function cleanupPersonalDataInBatches(db: Db, now: Date = new Date()): Promise<CleanupReport> {
  const cursor: CleanupCursor = { limit: RETENTION_BATCH, keys: new Map(), signupId: 0, takeId: 0 };
  const total = cleanupPersonalData(db, now, cursor);
  for (let last: GuestsWiped = total; last.signupsAnonymised === RETENTION_BATCH || last.helpTakesWiped === RETENTION_BATCH; ) {
    await new Promise((resolve) => setImmediate(resolve));
    last = db.transaction((tx) => wipeGuests(tx, total.cutoff, cursor), { behavior: "immediate" });
    total.signupsAnonymised += last.signupsAnonymised;
    total.helpTakesWiped += last.helpTakesWiped;
  }
  return total;
}
