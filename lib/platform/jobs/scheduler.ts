import os from "node:os";
import { getDb, type Db } from "@/db/client";
import { JOB_HANDLERS } from "../../wiring/jobs";
import { enqueueRecurring } from "./recurring";
import { runDueJobs, type JobHandlers, type RunReport } from "./runner";

export const workerName = () => `${os.hostname()}:${process.pid}`;

/** One tick: enqueue the current occurrence of each recurring job, then run everything due. */
export function runScheduler(db: Db, options: { worker?: string; clock?: () => Date; handlers?: JobHandlers } = {}): Promise<RunReport> {
  const clock = options.clock ?? (() => new Date());
  enqueueRecurring(db, clock());
  return runDueJobs(db, { handlers: options.handlers ?? JOB_HANDLERS, worker: options.worker ?? workerName(), clock });
}

/**
 * The server's own scheduler: a tick every minute (JOBS_INTERVAL_MS), one at a time. The timer is
 * unref'd, so it never keeps a stopping process alive.
 */
export function startScheduler(intervalMs = Number(process.env.JOBS_INTERVAL_MS ?? 60_000)): void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runScheduler(getDb())
      .catch((error: unknown) => console.error("Scheduler tick failed", error))
      .finally(() => (running = false));
  }, intervalMs);
  timer.unref();
}
