import { dailyAt, type RecurringJob } from "@/lib/platform/jobs/recurring";
import { env } from "@/lib/platform/env";
import { siteUrl } from "@/lib/platform/site-url";
import { removeExpiredTrajectoryCodes } from "./commands/phone-access";
import { remindOfReviews, removeExpiredTrajectories } from "./commands/retention";

/** What the trajectories hand the scheduler: the morning review reminder and the nightly retention. */
export const TRAJECTORY_JOBS: readonly RecurringJob[] = [
  { kind: "trajectory-reviews", slot: dailyAt(8), run: ({ db, now }) => remindOfReviews(db, { now, baseUrl: siteUrl() }) },
  { kind: "trajectory-retention", slot: dailyAt(3, 45), run: ({ db, now }) => removeExpiredTrajectories(db, { now, months: env().trajectoryRetentionMonths }) + removeExpiredTrajectoryCodes(db, now) },
];
