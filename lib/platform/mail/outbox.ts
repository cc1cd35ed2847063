import fs from "node:fs";
import path from "node:path";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import nodemailer from "nodemailer";
import { getDb, type DbOrTx } from "@/db/client";
import { mailOutbox, type OutboxMail } from "@/db/schema";
import { deliverEach } from "./deliver-each";
import { env } from "@/lib/platform/env";
import { escapeHtml } from "./layout";
import { noteQueued } from "@/lib/platform/mail/queued";

export type Mail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: { filename: string; contentType: string; content: string }[];
  /** Extra headers, e.g. List-Unsubscribe and List-Unsubscribe-Post (RFC 8058). */
  headers?: Record<string, string>;
  /** What the mail carries (see mail_outbox.refs), so it can be recalled or rewritten later. */
  refs?: string[];
};

export function outboxDir(): string {
  return env().mailOutboxDir;
}

let transport: nodemailer.Transporter | undefined;

async function deliver(mail: OutboxMail): Promise<void> {
  const { smtpUrl } = env();
  if (smtpUrl) {
    transport ??= nodemailer.createTransport(smtpUrl);
    await transport.sendMail({
      from: env().mailFrom,
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
  // The folder is configured at run time: not a file of the project for the build to trace.
  const files = await fs.promises.readdir(/*turbopackIgnore: true*/ dir).catch(() => [] as string[]);
  for (const file of files.filter((name) => name.endsWith(".json"))) {
    const full = path.join(/*turbopackIgnore: true*/ dir, file);
    const mail = JSON.parse(await fs.promises.readFile(/*turbopackIgnore: true*/ full, "utf8").catch(() => "{}")) as { to?: string };
    if (mail.to?.toLowerCase() === address.toLowerCase()) await fs.promises.rm(full, { force: true });
  }
}

/** Queues a mail in the caller's transaction; `deliverPendingMail` sends it after the commit. */
export function enqueueMail(tx: DbOrTx, mail: Mail): void {
  noteQueued();
  tx.insert(mailOutbox)
    .values({ ...mail, to: mail.to.toLowerCase(), attachments: mail.attachments ?? null, headers: mail.headers ?? null, refs: mail.refs?.length ? ` ${mail.refs.join(" ")} ` : null })
    .run();
}

const carries = (ref: string) => sql`instr(${mailOutbox.refs}, ${` ${ref} `}) > 0`;

/** Removes the queued (not yet sent) mails that carry `ref`; returns the refs of each removed mail. */
export function withdrawQueuedMail(tx: DbOrTx, ref: string): string[][] {
  return tx
    .delete(mailOutbox)
    .where(and(isNull(mailOutbox.sentAt), carries(ref)))
    .returning({ refs: mailOutbox.refs })
    .all()
    .map((row) => row.refs!.trim().split(" "));
}

/** Drops every ref that holds this id (" user:<id> ", " help:<idea>:<id> ") from the mails. */
export function forgetRefsTo(tx: DbOrTx, id: string): void {
  const rows = tx.select({ id: mailOutbox.id, refs: mailOutbox.refs }).from(mailOutbox).where(sql`instr(${mailOutbox.refs}, ${id}) > 0`).all();
  for (const row of rows) {
    const kept = row.refs!.trim().split(" ").filter((ref) => !ref.split(":").includes(id));
    tx.update(mailOutbox).set({ refs: kept.length ? ` ${kept.join(" ")} ` : null }).where(eq(mailOutbox.id, row.id)).run();
  }
}

/** Replaces each text in the mails (queued or sent) that carry `ref`: subject, text and HTML. */
export function rewriteMailsCarrying(tx: DbOrTx, ref: string, replacements: { from: string; to: string }[]): void {
  for (const { from, to } of replacements.filter((r) => r.from.length > 0)) {
    tx.update(mailOutbox)
      .set({
        subject: sql`replace(${mailOutbox.subject}, ${from}, ${to})`,
        text: sql`replace(${mailOutbox.text}, ${from}, ${to})`,
        html: sql`replace(replace(${mailOutbox.html}, ${escapeHtml(from)}, ${escapeHtml(to)}), ${from}, ${to})`,
      })
      .where(carries(ref))
      .run();
  }
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
