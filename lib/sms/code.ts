import crypto from "node:crypto";

/** Six digits, easy to type from a text message. */
export function newCancelCode(): string {
  return String(crypto.randomInt(0, 1_000_000)).padStart(6, "0");
}

/**
 * Only this hash is stored. It includes the number, so a code works only together with the number
 * it was sent to; wrong tries are limited per number and per connection (lib/sms/limits.ts).
 */
export function hashCancelCode(phone: string, code: string): string {
  return crypto.createHash("sha256").update(`${phone}:${code}`).digest("hex");
}
