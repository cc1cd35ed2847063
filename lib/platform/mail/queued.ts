// A flag of this process, apart from the outboxes: mail, text messages and notifications set it,
// the delivery after an answer (lib/platform/delivery/after-response.ts) takes it.

let queued = false;

/** A write of this process put mail, a text message or a notification in its table: the next delivery looks. */
export function noteQueued(): void {
  queued = true;
}

/** Whether anything was queued since the last delivery run started; the run takes it back. */
export function takeQueued(): boolean {
  const was = queued;
  queued = false;
  return was;
}
