import { and, isNotNull, lt } from "drizzle-orm";
import { jobs } from "@/db/schema";
import { deliverOutboxes } from "@/lib/platform/delivery/outboxes";
import { pacer } from "@/lib/platform/mail/pace";
import { dailyAt, every, type RecurringJob } from "./recurring";

const DAY = 24 * 60 * 60 * 1000;

/** The platform's own recurring work, beside what the domains declare. */
export const PLATFORM_JOBS: readonly RecurringJob[] = [
  // Notifications chosen "at once" that no request delivered, and mail deliveries that failed.
  { kind: "mail", slot: every(5), run: ({ db }) => deliverOutboxes(db, { pace: pacer() }) },
  // Finished jobs are kept a month, to look back.
  {
    kind: "finished-jobs",
    slot: dailyAt(3, 30),
    run: ({ db, now }) => db.delete(jobs).where(and(isNotNull(jobs.doneAt), lt(jobs.doneAt, new Date(now.getTime() - 30 * DAY)))).run(),
  },
];
