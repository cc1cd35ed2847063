/** `npm run jobs:run`: runs the jobs that are due now, once (the server does this every minute itself). */
import { closeDb, getDb } from "../db/client";
import { runScheduler } from "../lib/platform/jobs/scheduler";

const report = await runScheduler(getDb());
closeDb();
console.log(`Klaar: ${report.done}, later opnieuw: ${report.retried}, mislukt: ${report.failed}.`);
