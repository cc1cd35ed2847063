import fs from "node:fs";
import path from "node:path";
import { and, asc, eq, isNull } from "drizzle-orm";
import nodemailer from "nodemailer";
import { getDb, type DbOrTx } from "@/db/client";
import { mailOutbox, type OutboxMail } from "@/db/schema";
import { deliverEach } from "./deliver-each";

export type Mail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: { filename: string; contentType: string; content: string }[];
  /** Extra headers, e.g. List-Unsubscribe and List-Unsubscribe-Post (RFC 8058). */
  headers?: Record<string, string>;
};

export function outboxDir(): string {
  return process.env.MAIL_OUTBOX_DIR ?? path.join(process.cwd(), "data", "outbox");
}

const FROM = () => process.env.MAIL_FROM ?? "Burgers maken Hrl-Nrd <noreply@burgersmaken.local>";

let transport: nodemailer.Transporter | undefined;

async function deliver(mail: OutboxMail): Promise<void> {
  const smtpUrl = process.env.SMTP_URL;
  if (smtpUrl) {
    transport ??= nodemailer.createTransport(smtpUrl);
    await transport.sendMail({
      from: FROM(),
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      attachments: mail.attachments ?? undefined,
      headers: mail.headers ?? undefined,
    });
    return;
  }
  const dir = outboxDir();
  fs.mkdirSync(dir, { recursive: true });
  const createdAt = mail.createdAt.toISOString();
  const file = path.join(dir, `${createdAt.replace(/[:.]/g, "-")}-${mail.id}.json`);
  const body = { to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, createdAt };
  fs.writeFileSync(file, JSON.stringify({ ...body, headers: mail.headers ?? {}, attachments: mail.attachments ?? [] }, null, 2));
}

/**
 * Forgets every mail to this address: the queued and sent rows (in the caller's transaction) here,
 * the files of the outbox folder with `removeOutboxFilesTo` after the commit.
 */
export function forgetMailTo(tx: DbOrTx, address: string): void {
  tx.delete(mailOutbox).where(eq(mailOutbox.to, address.toLowerCase())).run();
}

/** Deletes the delivered mail files (outbox folder, used without SMTP) addressed to this address. */
export async function removeOutboxFilesTo(address: string): Promise<void> {
  const dir = outboxDir();
  const files = await fs.promises.readdir(dir).catch(() => [] as string[]);
  for (const file of files.filter((name) => name.endsWith(".json"))) {
    const full = path.join(dir, file);
    const mail = JSON.parse(await fs.promises.readFile(full, "utf8").catch(() => "{}")) as { to?: string };
    if (mail.to?.toLowerCase() === address.toLowerCase()) await fs.promises.rm(full, { force: true });
  }
}

/** Queues a mail in the caller's transaction; `deliverPendingMail` sends it after the commit. */
export function enqueueMail(tx: DbOrTx, mail: Mail): void {
  tx.insert(mailOutbox)
    .values({ ...mail, to: mail.to.toLowerCase(), attachments: mail.attachments ?? null, headers: mail.headers ?? null })
    .run();
}

/**
 * Sends every queued mail once. A failed delivery is released again for a later attempt. With
 * `pace` (lib/platform/mail/pace.ts) it gives the site room between mails.
 */
export async function deliverPendingMail(options: { pace?: () => Promise<void> } = {}): Promise<number> {
  const db = getDb();
  const pending = db
    .select()
    .from(mailOutbox)
    .where(isNull(mailOutbox.sentAt))
    .orderBy(asc(mailOutbox.id))
    .limit(200)
    .all();
  return deliverEach(
    pending,
    {
      what: "Mail",
      claim: (mail) =>
        db.update(mailOutbox).set({ sentAt: new Date(), attempts: mail.attempts + 1 }).where(and(eq(mailOutbox.id, mail.id), isNull(mailOutbox.sentAt))).run()
          .changes === 1,
      send: deliver,
      release: (mail, error) => db.update(mailOutbox).set({ sentAt: null, lastError: String(error) }).where(eq(mailOutbox.id, mail.id)).run(),
    },
    options.pace,
  );
}

/** Queues and delivers one mail right away. */
export async function sendMail(mail: Mail): Promise<void> {
  enqueueMail(getDb(), mail);
  await deliverPendingMail();
}
