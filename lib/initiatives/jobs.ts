import { every, type RecurringJob } from "@/lib/platform/jobs/recurring";
import { pageCache } from "@/lib/platform/page-cache/store";
import { initiativeChanged } from "@/lib/platform/page-cache/tags";
import { restoreUnconfirmedHides } from "./commands/reports";

/** What the initiatives hand the scheduler. */
export const INITIATIVE_JOBS: readonly RecurringJob[] = [
  // What reports hid and no buurtwerker confirmed in 2 working days comes back; its pages with it.
  {
    kind: "unhide",
    slot: every(60),
    run: ({ db, now }) => {
      for (const id of restoreUnconfirmedHides(db, now)) pageCache().invalidate(initiativeChanged(id));
    },
  },
];
