import { every, type RecurringJob } from "@/lib/platform/jobs/recurring";
import { siteUrl } from "@/lib/platform/site-url";
import { remindUnansweredHosts } from "./commands/reminders";

/** What the places to help hand the scheduler. */
export const MEEDOEN_JOBS: readonly RecurringJob[] = [
  { kind: "meedoen-answers", slot: every(60), run: ({ db, now }) => void remindUnansweredHosts(db, { now, baseUrl: siteUrl() }) },
];
