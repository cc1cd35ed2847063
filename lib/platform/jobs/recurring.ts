import type { Db } from "@/db/client";
import { lastLocalMoment } from "./amsterdam";
import { enqueueJob } from "./queue";
import type { JobHandler, JobHandlers } from "./runner";

/** Work that recurs: its kind, when each occurrence is due, and what it does. Each domain declares its own (jobs.ts). */
export type RecurringJob = { kind: string; slot: (now: Date) => Date; run: JobHandler };

/** Every `minutes` minutes, on the clock (…:00, …:15, …). */
export const every = (minutes: number) => (now: Date) => new Date(Math.floor(now.getTime() / (minutes * 60_000)) * minutes * 60_000);

/** Each day at this Dutch wall-clock time, in winter and in summer. */
export const dailyAt = (hour: number, minute = 0) => (now: Date) => lastLocalMoment(now, { hour, minute });

/** Each week on this weekday (1 = Monday) at this Dutch hour. */
export const weeklyAt = (weekday: number, hour: number) => (now: Date) => lastLocalMoment(now, { hour, weekday });

export const occurrenceKey = (kind: string, moment: Date) => `${kind}@${moment.toISOString()}`;

/**
 * Each tick enqueues the current occurrence of every recurring job under a key made of kind and
 * moment, so it is enqueued (and run) once, whichever process is first; a server that was down
 * runs the missed occurrence when it is back.
 */
export function enqueueRecurring(db: Db, now: Date, recurring: readonly RecurringJob[]): void {
  for (const { kind, slot } of recurring) {
    const runAt = slot(now);
    enqueueJob(db, { kind, runAt, uniqueKey: occurrenceKey(kind, runAt) });
  }
}

/** The handler of each kind, for the runner. */
export const handlersOf = (recurring: readonly RecurringJob[]): JobHandlers => Object.fromEntries(recurring.map((job) => [job.kind, job.run]));
