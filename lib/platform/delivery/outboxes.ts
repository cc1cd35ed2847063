import type { Db } from "@/db/client";
import { deliverPendingMail } from "@/lib/platform/mail/outbox";
import { deliverPendingSms } from "@/lib/platform/sms/outbox";

// Kept apart from after-response.ts (which needs Next's request scope): the server process and
// the scheduler load this without Next.

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
