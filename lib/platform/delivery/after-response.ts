import { after } from "next/server";
import { deliverQueuedMail } from "./outboxes";

/**
 * Delivers the mail that a write queued (in its own transaction, so it is never lost) once the
 * answer is on its way: nobody waits for SMTP, and a busy evening runs one delivery at a time.
 */
export function deliverMailAfterResponse(): void {
  after(deliverQueuedMail);
}
