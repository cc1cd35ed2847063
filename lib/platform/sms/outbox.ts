import fs from "node:fs";
import path from "node:path";
import { and, asc, eq, isNull, lt } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { smsOutbox, type OutboxSms } from "@/db/schema";
import { deliverEach } from "@/lib/platform/mail/deliver-each";
import { sendToGateway } from "./gateway";
import { env } from "@/lib/platform/env";
import { noteQueued } from "@/lib/platform/mail/queued";

export type Sms = { to: string; text: string };

/** A message that failed this often is left alone (its row stays, with the last error, for staff to see). */
export const SMS_MAX_ATTEMPTS = 5;

export function smsOutboxDir(): string {
  return env().smsOutboxDir;
}

/** Through the HTTP gateway of SMS_URL; without it, as a file in the outbox folder (development, tests). */
async function deliver(sms: OutboxSms): Promise<void> {
  const { smsUrl, smsToken } = env();
  if (smsUrl) return sendToGateway(smsUrl, smsToken ?? null, { to: sms.to, text: sms.text });
  const dir = smsOutboxDir();
  await fs.promises.mkdir(dir, { recursive: true });
  const createdAt = sms.createdAt.toISOString();
  const file = path.join(dir, `${createdAt.replace(/[:.]/g, "-")}-${sms.id}.json`);
  await fs.promises.writeFile(file, JSON.stringify({ to: sms.to, text: sms.text, createdAt }, null, 2));
}

/** Queues a text message in the caller's transaction; `deliverPendingSms` sends it after the commit. */
export function enqueueSms(tx: DbOrTx, sms: Sms): void {
  noteQueued();
  tx.insert(smsOutbox).values(sms).run();
}

/**
 * Sends every queued message once. A failed delivery is released for a later run (after the next
 * write that queues, or the mail job), until SMS_MAX_ATTEMPTS.
 */
export async function deliverPendingSms(options: { pace?: () => Promise<void> } = {}): Promise<number> {
  const db = getDb();
  const pending = db
    .select()
    .from(smsOutbox)
    .where(and(isNull(smsOutbox.sentAt), lt(smsOutbox.attempts, SMS_MAX_ATTEMPTS)))
    .orderBy(asc(smsOutbox.id))
    .limit(200)
    .all();
  return deliverEach(
    pending,
    {
      what: "Text message",
      claim: (sms) =>
        db.update(smsOutbox).set({ sentAt: new Date(), attempts: sms.attempts + 1 }).where(and(eq(smsOutbox.id, sms.id), isNull(smsOutbox.sentAt))).run()
          .changes === 1,
      send: deliver,
      release: (sms, error) => db.update(smsOutbox).set({ sentAt: null, lastError: String(error) }).where(eq(smsOutbox.id, sms.id)).run(),
    },
    options.pace,
  );
}

/** Forgets every message to this number, in the caller's transaction; the files go with `removeSmsFilesTo`. */
export function forgetSmsTo(tx: DbOrTx, phone: string): void {
  tx.delete(smsOutbox).where(eq(smsOutbox.to, phone)).run();
}

/** Deletes the delivered message files (outbox folder, used without SMS_URL) to this number. */
export async function removeSmsFilesTo(phone: string): Promise<void> {
  const dir = smsOutboxDir();
  // The folder is configured at run time: not a file of the project for the build to trace.
  const files = await fs.promises.readdir(/*turbopackIgnore: true*/ dir).catch(() => [] as string[]);
  for (const file of files.filter((name) => name.endsWith(".json"))) {
    const full = path.join(/*turbopackIgnore: true*/ dir, file);
    const sms = JSON.parse(await fs.promises.readFile(/*turbopackIgnore: true*/ full, "utf8").catch(() => "{}")) as { to?: string };
    if (sms.to === phone) await fs.promises.rm(full, { force: true });
  }
}
