import { every, type RecurringJob } from "@/lib/platform/jobs/recurring";
import { siteUrl } from "@/lib/platform/site-url";
import { sendFeedbackInvites } from "./commands/feedback";
import { inviteToMonitor } from "./commands/monitor";

/** What "did it make a difference" hands the scheduler: "Hoe was het?" the day after, and the monitor's mail once it opens. */
export const EFFECT_JOBS: readonly RecurringJob[] = [
  { kind: "feedback", slot: every(15), run: ({ db, now }) => sendFeedbackInvites(db, { now, baseUrl: siteUrl() }) },
  { kind: "monitor-invite", slot: every(60), run: ({ db, now }) => inviteToMonitor(db, { now, baseUrl: siteUrl() }) },
];
