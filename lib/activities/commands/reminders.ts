import { and, asc, eq, gt, isNull, lte, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { activities, publicActivity, signups, users, wijken } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { enqueueMail } from "@/lib/platform/mail/outbox";
import { isAnonymousKey, WIPED_NAME } from "@/lib/privacy/commands/anonymise";
import type { CalendarActivity } from "../calendar";
import { reminderMail } from "../mails";
import { calendarColumns } from "./places";
import { enqueueSms } from "@/lib/platform/sms/outbox";
import { newCancelProof } from "../contact";
import { reminderSms, type CancelProof } from "../sms";

/** Reminders go out this long before the start. */
export const REMINDER_BEFORE_MS = 2 * 24 * 60 * 60 * 1000;

export type Reminder = {
  activity: CalendarActivity;
  signup: { id: number; name: string; email: string | null; phone: string | null; partySize: number };
  /** A new personal cancel link and code; the ones from an earlier message stop working. */
  proof: CancelProof;
};

/**
 * One way to reach a person. A channel answers false when it cannot reach them, and the next one
 * is tried: mail first, a text message for guests who gave only a number.
 */
export type ReminderChannel = (tx: DbOrTx, reminder: Reminder) => boolean;

export const mailChannel: ReminderChannel = (tx, { activity, signup, proof }) => {
  if (!signup.email || isAnonymousKey(signup.email)) return false;
  enqueueMail(tx, reminderMail(activity, { email: signup.email, partySize: signup.partySize }, proof.token, proof.baseUrl));
  return true;
};

export const smsChannel: ReminderChannel = (tx, { activity, signup, proof }) => {
  if (!signup.phone) return false;
  enqueueSms(tx, reminderSms(activity, signup.phone, proof));
  return true;
};

/**
 * Reminds everyone with a place, two days before the start, once. Not for a cancelled activity,
 * not for sign-ups made after the reminder moment, not for wiped guests or blocked accounts.
 * The cancel token is stored only as a hash, so the reminder carries a new one (its hash replaces
 * the old): as with a place from the waiting list, the newest message's link (and code) works.
 */
export function sendActivityReminders(db: Db, input: { now?: Date; baseUrl: string; channels?: ReminderChannel[] }): number {
  const now = input.now ?? new Date();
  const channels = input.channels ?? [mailChannel, smsChannel];
  return db.transaction(
    (tx) => {
      const due = tx
        .select({ activity: calendarColumns, signup: { id: signups.id, name: signups.name, email: signups.email, phone: signups.phone, partySize: signups.partySize, createdAt: signups.createdAt } })
        .from(activities)
        .innerJoin(wijken, eq(activities.wijkId, wijken.id))
        .innerJoin(signups, eq(signups.activityId, activities.id))
        .leftJoin(users, eq(signups.userId, users.id))
        .where(
          and(
            gt(activities.startsAt, now),
            lte(activities.startsAt, new Date(now.getTime() + REMINDER_BEFORE_MS)),
            isNull(activities.cancelledAt),
            // A paused or hidden activity sends no "see you soon"; the reminder follows once it is back.
            publicActivity,
            eq(signups.status, "bevestigd"),
            eq(signups.isWalkIn, false),
            isNull(signups.remindedAt),
            ne(signups.name, WIPED_NAME),
            isNull(users.blockedAt),
          ),
        )
        .orderBy(asc(signups.id))
        .all()
        .filter((row) => row.signup.createdAt.getTime() <= row.activity.startsAt.getTime() - REMINDER_BEFORE_MS);
      let reminded = 0;
      for (const { activity, signup } of due) {
        const { proof, columns } = newCancelProof(signup.phone, input.baseUrl);
        const reached = channels.some((channel) => channel(tx, { activity, signup, proof }));
        tx.update(signups)
          .set({ remindedAt: now, ...(reached ? columns : {}) })
          .where(eq(signups.id, signup.id))
          .run();
        if (reached) reminded++;
      }
      return reminded;
    },
    { behavior: "immediate" },
  );
}
