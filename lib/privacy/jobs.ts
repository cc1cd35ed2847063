import { dailyAt, type RecurringJob } from "@/lib/platform/jobs/recurring";
import { cleanupPersonalDataInBatches } from "./commands/retention";

/** What privacy hands the scheduler: the nightly cleanup of personal data past its time. */
export const PRIVACY_JOBS: readonly RecurringJob[] = [{ kind: "retention", slot: dailyAt(3, 30), run: ({ db, now }) => cleanupPersonalDataInBatches(db, now) }];
