import { after } from "next/server";
import { getDb } from "@/db/client";
import { mailPendingNotifications } from "@/lib/notifications/commands/deliver";
import { deliverPendingSms } from "@/lib/platform/sms/outbox";
import { deliverPendingMail } from "../mail/outbox";

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
      // Notifications chosen "at once" become mails in batches (a fan-out to thousands too).
      await mailPendingNotifications(getDb());
      await deliverPendingMail();
      await deliverPendingSms();
    } while (queuedMeanwhile);
  })().finally(() => (running = null));
  return running;
}

/**
 * Delivers the mail that a write queued (in its own transaction, so it is never lost) once the
 * answer is on its way: nobody waits for SMTP, and a busy evening runs one delivery at a time.
 */
export function deliverMailAfterResponse(): void {
  after(deliverQueuedMail);
}
