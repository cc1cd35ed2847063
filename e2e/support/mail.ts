import fs from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";

export const OUTBOX_DIR = "data/e2e/outbox";

export type OutboxMail = { to: string; subject: string; text: string; html: string; createdAt: string };

function readAll(): OutboxMail[] {
  if (!fs.existsSync(OUTBOX_DIR)) return [];
  return fs
    .readdirSync(OUTBOX_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(OUTBOX_DIR, f), "utf8")) as OutboxMail);
}

export function mailsTo(address: string): OutboxMail[] {
  return readAll().filter((mail) => mail.to === address.toLowerCase());
}

/** Waits until `address` has more than `countBefore` mails and returns the newest. */
export async function waitForNewMail(address: string, countBefore: number): Promise<OutboxMail> {
  await expect.poll(() => mailsTo(address).length, { timeout: 15_000 }).toBeGreaterThan(countBefore);
  return mailsTo(address).at(-1)!;
}

/** Waits for a mail to `address` with this subject among those after the first `countBefore`: other mails may arrive in between. */
export async function waitForMailWithSubject(address: string, subject: string, countBefore: number): Promise<OutboxMail> {
  const find = () => mailsTo(address).slice(countBefore).find((mail) => mail.subject === subject);
  await expect.poll(() => find()?.subject, { timeout: 15_000 }).toBe(subject);
  return find()!;
}

export function linkIn(mail: OutboxMail, contains: string): string {
  const link = mail.text.match(/https?:\/\/\S+/g)?.find((url) => url.includes(contains));
  if (!link) throw new Error(`No link with "${contains}" in mail "${mail.subject}"`);
  return link;
}
