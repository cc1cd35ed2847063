// Kept apart from after-response.ts (which needs Next's request scope): the outboxes and the
// notifications mark it from any process, with or without Next.

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
