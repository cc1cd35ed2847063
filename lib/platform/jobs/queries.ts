import "server-only";
import { desc, isNotNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { jobs } from "@/db/schema";

export type FailedJob = { id: number; kind: string; attempts: number; lastError: string | null; failedAt: Date };

/** Jobs that failed after every retry, newest first: the beheerder sees them on /beheer. */
export function failedJobs(limit = 20): FailedJob[] {
  return getDb()
    .select({ id: jobs.id, kind: jobs.kind, attempts: jobs.attempts, lastError: jobs.lastError, failedAt: jobs.failedAt })
    .from(jobs)
    .where(isNotNull(jobs.failedAt))
    .orderBy(desc(jobs.failedAt))
    .limit(limit)
    .all()
    .map((job) => ({ ...job, failedAt: job.failedAt!, lastError: job.lastError?.split("\n")[0] ?? null }));
}
