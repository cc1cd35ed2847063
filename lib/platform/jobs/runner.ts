import { and, asc, eq, isNull, lt, lte, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { jobs, type Job } from "@/db/schema";

export type JobHandler = (ctx: { db: Db; job: Job; now: Date }) => unknown;
export type JobHandlers = Record<string, JobHandler>;

/** Minutes to wait before the 2nd, 3rd and 4th attempt; after the 4th failure the job is failed. */
export const BACKOFF_MINUTES = [1, 5, 30] as const;
export const MAX_ATTEMPTS = BACKOFF_MINUTES.length + 1;
/** A claim older than this belongs to a process that died: another one may take the job. */
const CLAIM_MS = 15 * 60_000;

export type RunReport = { done: number; retried: number; failed: number };

/**
 * Claims the first due job in one IMMEDIATE transaction: the read and the claim cannot be split
 * by another process, so two schedulers (or the server and `npm run jobs:run`) never take the
 * same job.
 */
export function claimNextJob(db: Db, worker: string, now: Date): Job | null {
  return db.transaction(
    (tx) => {
      const job = tx
        .select()
        .from(jobs)
        .where(and(isNull(jobs.doneAt), isNull(jobs.failedAt), lte(jobs.runAt, now), or(isNull(jobs.claimedUntil), lt(jobs.claimedUntil, now))))
        .orderBy(asc(jobs.runAt), asc(jobs.id))
        .limit(1)
        .get();
      if (!job) return null;
      const claim = { claimedBy: worker, claimedUntil: new Date(now.getTime() + CLAIM_MS), attempts: job.attempts + 1 };
      tx.update(jobs).set(claim).where(eq(jobs.id, job.id)).run();
      return { ...job, ...claim };
    },
    { behavior: "immediate" },
  );
}

function finish(db: Db, job: Job, worker: string, now: Date, error?: unknown): "done" | "retried" | "failed" {
  const mine = and(eq(jobs.id, job.id), eq(jobs.claimedBy, worker));
  if (error === undefined) {
    db.update(jobs).set({ doneAt: now, claimedUntil: null }).where(mine).run();
    return "done";
  }
  const lastError = error instanceof Error ? (error.stack ?? error.message) : String(error);
  if (job.attempts >= MAX_ATTEMPTS) {
    db.update(jobs).set({ failedAt: now, claimedUntil: null, lastError }).where(mine).run();
    return "failed";
  }
  const runAt = new Date(now.getTime() + BACKOFF_MINUTES[job.attempts - 1]! * 60_000);
  db.update(jobs).set({ runAt, claimedBy: null, claimedUntil: null, lastError }).where(mine).run();
  return "retried";
}

/**
 * Runs every due job once, one at a time: claim, run its handler, mark it done; a job that throws
 * is retried later with back-off and, after MAX_ATTEMPTS, marked failed (shown on /beheer).
 */
export async function runDueJobs(db: Db, options: { handlers: JobHandlers; worker: string; clock?: () => Date; max?: number }): Promise<RunReport> {
  const clock = options.clock ?? (() => new Date());
  const report: RunReport = { done: 0, retried: 0, failed: 0 };
  for (let n = 0; n < (options.max ?? 100); n++) {
    const job = claimNextJob(db, options.worker, clock());
    if (!job) break;
    let error: unknown;
    try {
      const handler = options.handlers[job.kind];
      if (!handler) throw new Error(`No handler for job kind "${job.kind}"`);
      await handler({ db, job, now: clock() });
    } catch (caught) {
      error = caught ?? new Error("Job failed");
      console.error(`Job ${job.id} (${job.kind}) failed, attempt ${job.attempts} of ${MAX_ATTEMPTS}: ${String(caught)}`);
    }
    report[finish(db, job, options.worker, clock(), error)]++;
  }
  return report;
}
