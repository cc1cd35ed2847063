import { after } from "next/server";
import { getDb } from "@/db/client";
import { deliverOutboxes } from "./outboxes";
import { takeQueued } from "@/lib/platform/mail/queued";

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
      takeQueued();
      await deliverOutboxes(getDb());
    } while (queuedMeanwhile);
  })().finally(() => (running = null));
  return running;
}

/**
 * Delivers the mail that a write queued (in its own transaction, so it is never lost) once the
 * answer is on its way: nobody waits for SMTP, and a busy evening runs one delivery at a time.
 * A write that queued nothing leaves the outboxes alone (a busy survey sends no mail).
 */
export function deliverMailAfterResponse(): void {
  if (takeQueued()) after(deliverQueuedMail);
}
