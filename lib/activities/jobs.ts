import { every, type RecurringJob } from "@/lib/platform/jobs/recurring";
import { siteUrl } from "@/lib/platform/site-url";
import { pageCache } from "@/lib/platform/page-cache/store";
import { activityChanged } from "@/lib/platform/page-cache/tags";
import { restoreUnconfirmedActivityHides } from "./commands/activity-reports";
import { sendActivityReminders } from "./commands/reminders";

/** What the activities hand the scheduler. */
export const ACTIVITY_JOBS: readonly RecurringJob[] = [
  { kind: "reminders", slot: every(15), run: ({ db, now }) => sendActivityReminders(db, { now, baseUrl: siteUrl() }) },
  // As for comments: what reports hid and no buurtwerker confirmed in 2 working days comes back.
  {
    kind: "unhide-activities",
    slot: every(60),
    run: ({ db, now }) => {
      for (const id of restoreUnconfirmedActivityHides(db, now)) pageCache().invalidate(activityChanged(id));
    },
  },
];
