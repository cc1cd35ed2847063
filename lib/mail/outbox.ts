import fs from "node:fs";
import path from "node:path";
import { and, asc, eq, isNull } from "drizzle-orm";
import nodemailer from "nodemailer";
import { getDb, type DbOrTx } from "@/db/client";
import { mailOutbox, type OutboxMail } from "@/db/schema";

export type Mail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: { filename: string; contentType: string; content: string }[];
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
    });
    return;
  }
  const dir = outboxDir();
  fs.mkdirSync(dir, { recursive: true });
  const createdAt = mail.createdAt.toISOString();
  const file = path.join(dir, `${createdAt.replace(/[:.]/g, "-")}-${mail.id}.json`);
  const body = { to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, createdAt };
  fs.writeFileSync(file, JSON.stringify({ ...body, attachments: mail.attachments ?? [] }, null, 2));
}

/** Queues a mail in the caller's transaction; `deliverPendingMail` sends it after the commit. */
export function enqueueMail(tx: DbOrTx, mail: Mail): void {
  tx.insert(mailOutbox)
    .values({ ...mail, to: mail.to.toLowerCase(), attachments: mail.attachments ?? null })
    .run();
}

/** Sends every queued mail once. A failed delivery is released again for a later attempt. */
export async function deliverPendingMail(): Promise<number> {
  const db = getDb();
  const pending = db
    .select()
    .from(mailOutbox)
    .where(isNull(mailOutbox.sentAt))
    .orderBy(asc(mailOutbox.id))
    .limit(200)
    .all();
  let sent = 0;
  for (const mail of pending) {
    // Claim the row first so that two processes never deliver the same mail.
    const claimed = db
      .update(mailOutbox)
      .set({ sentAt: new Date(), attempts: mail.attempts + 1 })
      .where(and(eq(mailOutbox.id, mail.id), isNull(mailOutbox.sentAt)))
      .run();
    if (claimed.changes !== 1) continue;
    try {
      await deliver(mail);
      sent++;
    } catch (error) {
      console.error(`Mail ${mail.id} could not be delivered`, error);
      db.update(mailOutbox)
        .set({ sentAt: null, lastError: String(error) })
        .where(eq(mailOutbox.id, mail.id))
        .run();
    }
  }
  return sent;
}

/** Queues and delivers one mail right away. */
export async function sendMail(mail: Mail): Promise<void> {
  enqueueMail(getDb(), mail);
  await deliverPendingMail();
}
