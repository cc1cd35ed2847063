import { lt } from "drizzle-orm";
import { unsubscribeTokens } from "@/db/schema";
import { dailyAt, every, weeklyAt, type RecurringJob } from "@/lib/platform/jobs/recurring";
import { sendDigests } from "./commands/digest";
import { alertOverdueAnswers } from "./commands/events";

const YEAR = 365 * 24 * 60 * 60 * 1000;

/** What the notifications hand the scheduler. */
export const NOTIFICATION_JOBS: readonly RecurringJob[] = [
  // Monday 08:00 Dutch time, in winter and in summer.
  { kind: "digest", slot: weeklyAt(1, 8), run: ({ db, now }) => sendDigests(db, now) },
  { kind: "overdue", slot: every(60), run: ({ db, now }) => alertOverdueAnswers(db, now) },
  // Unsubscribe links work a year.
  {
    kind: "unsubscribe-links",
    slot: dailyAt(3, 30),
    run: ({ db, now }) => db.delete(unsubscribeTokens).where(lt(unsubscribeTokens.createdAt, new Date(now.getTime() - YEAR))).run(),
  },
];
