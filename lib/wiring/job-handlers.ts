import { and, isNotNull, lt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { jobs, unsubscribeTokens } from "@/db/schema";
import { sendActivityReminders } from "@/lib/activities/commands/reminders";
import { pacer } from "@/lib/platform/mail/pace";
import { deliverOutboxes } from "@/lib/platform/delivery/outboxes";
import { sendDigests } from "@/lib/notifications/commands/digest";
import { alertOverdueAnswers } from "@/lib/notifications/commands/events";
import { cleanupPersonalData } from "@/lib/privacy/commands/retention";
import { siteUrl } from "@/lib/platform/site-url";
import type { JobHandlers } from "@/lib/platform/jobs/runner";

const DAY = 24 * 60 * 60 * 1000;

/** Finished jobs are kept a month (to look back), unsubscribe links a year. */
function pruneOld(db: Db, now: Date): void {
  db.delete(jobs).where(and(isNotNull(jobs.doneAt), lt(jobs.doneAt, new Date(now.getTime() - 30 * DAY)))).run();
  db.delete(unsubscribeTokens).where(lt(unsubscribeTokens.createdAt, new Date(now.getTime() - 365 * DAY))).run();
}

/** What each kind of job does: the domains' work, handed to the platform's scheduler. */
export const JOB_HANDLERS: JobHandlers = {
  retention: ({ db, now }) => {
    cleanupPersonalData(db, now);
    pruneOld(db, now);
  },
  digest: ({ db, now }) => sendDigests(db, now),
  reminders: ({ db, now }) => sendActivityReminders(db, { now, baseUrl: siteUrl() }),
  overdue: ({ db, now }) => alertOverdueAnswers(db, now),
  // Notifications register their own step before delivery (lib/notifications/commands/notify.ts).
  mail: ({ db }) => deliverOutboxes(db, { pace: pacer() }),
};
