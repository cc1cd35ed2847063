/** `npm run jobs:run`: runs the jobs that are due now, once (the server does this every minute itself). */
import { closeDb, getDb } from "../db/client";
import { runScheduler } from "../lib/platform/jobs/scheduler";
import { ALL_JOBS } from "../lib/wiring/jobs";

const report = await runScheduler(getDb(), { jobs: ALL_JOBS });
closeDb();
console.log(`Klaar: ${report.done}, later opnieuw: ${report.retried}, mislukt: ${report.failed}.`);
