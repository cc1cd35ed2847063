import { and, isNotNull, lt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { jobs, unsubscribeTokens } from "@/db/schema";
import { sendActivityReminders } from "@/lib/activities/reminders";
import { restoreUnconfirmedHides } from "@/lib/initiatives/commands/reports";
import { deliverPendingMail } from "@/lib/mail/outbox";
import { pacer } from "@/lib/mail/pace";
import { deliverPendingSms } from "@/lib/sms/outbox";
import { sendDigests } from "@/lib/notifications/digest";
import { mailPendingNotifications } from "@/lib/notifications/deliver";
import { alertOverdueAnswers } from "@/lib/notifications/events";
import { pageCache } from "@/lib/page-cache/store";
import { initiativeChanged } from "@/lib/page-cache/tags";
import { cleanupPersonalData } from "@/lib/privacy/retention";
import { siteUrl } from "@/lib/site-url";
import type { JobHandlers } from "./runner";

const DAY = 24 * 60 * 60 * 1000;

/** Finished jobs are kept a month (to look back), unsubscribe links a year. */
function pruneOld(db: Db, now: Date): void {
  db.delete(jobs).where(and(isNotNull(jobs.doneAt), lt(jobs.doneAt, new Date(now.getTime() - 30 * DAY)))).run();
  db.delete(unsubscribeTokens).where(lt(unsubscribeTokens.createdAt, new Date(now.getTime() - 365 * DAY))).run();
}

/** What each kind of job does. */
export const JOB_HANDLERS: JobHandlers = {
  retention: ({ db, now }) => {
    cleanupPersonalData(db, now);
    pruneOld(db, now);
  },
  digest: ({ db, now }) => sendDigests(db, now),
  reminders: ({ db, now }) => sendActivityReminders(db, { now, baseUrl: siteUrl() }),
  overdue: ({ db, now }) => alertOverdueAnswers(db, now),
  // What reports hid and no buurtwerker confirmed in 2 working days comes back; its pages with it.
  unhide: ({ db, now }) => {
    for (const id of restoreUnconfirmedHides(db, now)) pageCache().invalidate(initiativeChanged(id));
  },
  mail: async ({ db }) => {
    await mailPendingNotifications(db);
    await deliverPendingMail({ pace: pacer() });
    await deliverPendingSms({ pace: pacer() });
  },
};
