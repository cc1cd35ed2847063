import fs from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";

/** Where the e2e server writes text messages without SMS_URL (playwright.config.ts). */
export const SMS_OUTBOX_DIR = "data/e2e/sms-outbox";

export type OutboxSms = { to: string; text: string; createdAt: string };

export function textsTo(phone: string): OutboxSms[] {
  if (!fs.existsSync(SMS_OUTBOX_DIR)) return [];
  return fs
    .readdirSync(SMS_OUTBOX_DIR)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => JSON.parse(fs.readFileSync(path.join(SMS_OUTBOX_DIR, file), "utf8")) as OutboxSms)
    .filter((sms) => sms.to === phone);
}

/** Waits until `phone` (E.164) has more than `countBefore` messages and returns the newest. */
export async function waitForNewText(phone: string, countBefore: number): Promise<OutboxSms> {
  await expect.poll(() => textsTo(phone).length, { timeout: 15_000 }).toBeGreaterThan(countBefore);
  return textsTo(phone).at(-1)!;
}

/** The six-digit cancel code of a message. */
export function codeIn(sms: OutboxSms): string {
  const code = /\(code (\d{6})\)/.exec(sms.text)?.[1];
  if (!code) throw new Error(`No cancel code in "${sms.text}"`);
  return code;
}
