import crypto from "node:crypto";

/**
 * Only this hash is stored. It includes the number, so a code works only together with the number
 * it was sent to; wrong tries are limited per number and per connection (`cancelCodeRules` in lib/platform/auth/rate-limit.ts).
 */
export function hashCancelCode(phone: string, code: string): string {
  return crypto.createHash("sha256").update(`${phone}:${code}`).digest("hex");
}
