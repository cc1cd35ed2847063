import { and, asc, eq, gt, isNull, lte, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { activities, signups, users, wijken } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { enqueueMail } from "@/lib/mail/outbox";
import { isAnonymousKey, WIPED_NAME } from "@/lib/privacy/anonymise";
import type { CalendarActivity } from "./calendar";
import { reminderMail } from "./mails";
import { calendarColumns } from "./places";
import { newCancelToken } from "./tokens";

/** Reminders go out this long before the start. */
export const REMINDER_BEFORE_MS = 2 * 24 * 60 * 60 * 1000;

export type Reminder = {
  activity: CalendarActivity;
  signup: { id: number; name: string; email: string | null; phone: string | null; partySize: number };
  /** A new personal cancel link; the one from an earlier mail stops working. */
  cancelToken: string;
  baseUrl: string;
};

/**
 * One way to reach a person. A channel answers false when it cannot reach them, and the next one
 * is tried: an SMS channel for guests with only a phone number can be added after the mail.
 */
export type ReminderChannel = (tx: DbOrTx, reminder: Reminder) => boolean;

export const mailChannel: ReminderChannel = (tx, { activity, signup, cancelToken, baseUrl }) => {
  if (!signup.email || isAnonymousKey(signup.email)) return false;
  enqueueMail(tx, reminderMail(activity, { email: signup.email, partySize: signup.partySize }, cancelToken, baseUrl));
  return true;
};

/**
 * Reminds everyone with a place, two days before the start, once. Not for a cancelled activity,
 * not for sign-ups made after the reminder moment, not for wiped guests or blocked accounts.
 * The cancel token is stored only as a hash, so the reminder carries a new one (its hash replaces
 * the old): as with a place from the waiting list, the newest mail's link is the one that works.
 */
export function sendActivityReminders(db: Db, input: { now?: Date; baseUrl: string; channels?: ReminderChannel[] }): number {
  const now = input.now ?? new Date();
  const channels = input.channels ?? [mailChannel];
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
        const { token, hash } = newCancelToken();
        const reached = channels.some((channel) => channel(tx, { activity, signup, cancelToken: token, baseUrl: input.baseUrl }));
        tx.update(signups)
          .set({ remindedAt: now, ...(reached ? { cancelTokenHash: hash } : {}) })
          .where(eq(signups.id, signup.id))
          .run();
        if (reached) reminded++;
      }
      return reminded;
    },
    { behavior: "immediate" },
  );
}
