import type { Db } from "@/db/client";
import { lastLocalMoment } from "./amsterdam";
import { enqueueJob } from "./queue";

const every = (minutes: number) => (now: Date) => new Date(Math.floor(now.getTime() / (minutes * 60_000)) * minutes * 60_000);

/**
 * The recurring work and when each occurrence is due. Each tick enqueues the current occurrence
 * under a key made of kind and moment, so it is enqueued (and run) once, whichever process is
 * first; a server that was down runs the missed occurrence when it is back.
 */
export const RECURRING: { kind: string; slot: (now: Date) => Date }[] = [
  { kind: "retention", slot: (now) => lastLocalMoment(now, { hour: 3, minute: 30 }) },
  // Monday 08:00 Dutch time, in winter and in summer.
  { kind: "digest", slot: (now) => lastLocalMoment(now, { hour: 8, weekday: 1 }) },
  { kind: "reminders", slot: every(15) },
  { kind: "overdue", slot: every(60) },
  // Notifications chosen "at once" that no request delivered, and mail deliveries that failed.
  { kind: "mail", slot: every(5) },
];

export const occurrenceKey = (kind: string, moment: Date) => `${kind}@${moment.toISOString()}`;

export function enqueueRecurring(db: Db, now: Date): void {
  for (const { kind, slot } of RECURRING) {
    const runAt = slot(now);
    enqueueJob(db, { kind, runAt, uniqueKey: occurrenceKey(kind, runAt) });
  }
}
