import { getDb, type Db } from "@/db/client";
import { deliverPendingMail } from "@/lib/platform/mail/outbox";
import { deliverPendingSms } from "@/lib/platform/sms/outbox";

// Free of Next: the server process (scripts/serve-process.ts, bundled for plain Node) runs these
// from the scheduler, where "next/server" cannot load. after-response.ts adds Next's after().

/** A domain step that turns its own rows into queued mail before delivery (notifications chosen "at once"). */
export type OutboxProducer = (db: Db) => Promise<unknown>;

const producers = new Set<OutboxProducer>();

/** A domain registers the step that fills the outbox from its own rows; it runs before every delivery. */
export function registerOutboxProducer(producer: OutboxProducer): void {
  producers.add(producer);
}

/** Every registered producer, then the mail and text-message outboxes, each message exactly once. */
export async function deliverOutboxes(db: Db, options: { pace?: () => Promise<void> } = {}): Promise<void> {
  for (const produce of producers) await produce(db);
  await deliverPendingMail(options);
  await deliverPendingSms(options);
}

let running: Promise<void> | null = null;
let queuedMeanwhile = false;

/** One delivery run at a time (mail and text messages); what is queued during a run gets another run right after it. */
export function deliverQueuedMail(): Promise<void> {
  if (running) {
    queuedMeanwhile = true;
    return running;
  }
  running = (async () => {
    do {
      queuedMeanwhile = false;
      await deliverOutboxes(getDb());
    } while (queuedMeanwhile);
  })().finally(() => (running = null));
  return running;
}
