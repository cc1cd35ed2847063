import { jobs } from "@/db/schema";
import type { DbOrTx } from "@/db/client";

/**
 * Adds a job in the caller's transaction. With a `uniqueKey` a second enqueue of the same key
 * (another process, a retry, the next tick) adds nothing.
 */
export function enqueueJob(tx: DbOrTx, job: { kind: string; runAt: Date; payload?: Record<string, unknown>; uniqueKey?: string }): boolean {
  const inserted = tx
    .insert(jobs)
    .values({ kind: job.kind, runAt: job.runAt, payload: job.payload ?? null, uniqueKey: job.uniqueKey ?? null })
    .onConflictDoNothing()
    .run();
  return inserted.changes === 1;
}
