import os from "node:os";
import { getDb, type Db } from "@/db/client";
import { enqueueRecurring, handlersOf, type RecurringJob } from "./recurring";
import { runDueJobs, type RunReport } from "./runner";
import { env } from "@/lib/platform/env";

export const workerName = () => `${os.hostname()}:${process.pid}`;

/** One tick: enqueue the current occurrence of each recurring job, then run everything due. */
export function runScheduler(db: Db, options: { jobs: readonly RecurringJob[]; worker?: string; clock?: () => Date }): Promise<RunReport> {
  const clock = options.clock ?? (() => new Date());
  enqueueRecurring(db, clock(), options.jobs);
  return runDueJobs(db, { handlers: handlersOf(options.jobs), worker: options.worker ?? workerName(), clock });
}

/**
 * The server's own scheduler: a tick every minute (JOBS_INTERVAL_MS), one at a time. The timer is
 * unref'd, so it never keeps a stopping process alive.
 */
export function startScheduler(jobs: readonly RecurringJob[], intervalMs = env().jobsIntervalMs): void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runScheduler(getDb(), { jobs })
      .catch((error: unknown) => console.error("Scheduler tick failed", error))
      .finally(() => (running = false));
  }, intervalMs);
  timer.unref();
}
