/** The steps of one outbox (mail or text messages) for `deliverEach`. */
export type OutboxSteps<Row> = {
  /** Marks the row as sent if nobody else did; false when another process has it. */
  claim: (row: Row) => boolean;
  send: (row: Row) => Promise<void>;
  /** Makes the row pending again, with the error, for a later try. */
  release: (row: Row, error: unknown) => void;
  what: string;
};

/**
 * Sends each queued row once. The row is claimed first so that two processes never send the same
 * message; a failed delivery is released for a later run. With `pace` (lib/platform/mail/pace.ts) it gives
 * the site room between messages.
 */
export async function deliverEach<Row extends { id: number }>(rows: Row[], steps: OutboxSteps<Row>, pace?: () => Promise<void>): Promise<number> {
  let sent = 0;
  for (const row of rows) {
    if (!steps.claim(row)) continue;
    try {
      await steps.send(row);
      sent++;
    } catch (error) {
      console.error(`${steps.what} ${row.id} could not be delivered`, error);
      steps.release(row, error);
    }
    await pace?.();
  }
  return sent;
}
