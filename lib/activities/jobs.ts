import { every, type RecurringJob } from "@/lib/platform/jobs/recurring";
import { siteUrl } from "@/lib/platform/site-url";
import { sendActivityReminders } from "./commands/reminders";

/** What the activities hand the scheduler. */
export const ACTIVITY_JOBS: readonly RecurringJob[] = [
  { kind: "reminders", slot: every(15), run: ({ db, now }) => sendActivityReminders(db, { now, baseUrl: siteUrl() }) },
];
