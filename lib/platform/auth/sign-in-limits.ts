import type { Db, DbOrTx } from "@/db/client";
import { hourlyLimit, hourlyLimitRules } from "@/lib/platform/rate-limit/hourly";
import { consumeRateLimit, isOverLimit, recordHits, type RateLimitRule } from "@/lib/platform/rate-limit/limiter";

/** At most 5 sign-in links per e-mail address and 20 per IP address per hour (both configurable). */
export const SIGN_IN_LIMIT = hourlyLimit("signin", { perUser: 5, perIp: 20 }, "EMAIL");

export function signInLinkRules(email: string, ip: string): RateLimitRule[] {
  return hourlyLimitRules(SIGN_IN_LIMIT, email, ip);
}

export type SignInLinkDecision = "send" | "silent" | "refused";

/**
 * Whether to send a sign-in link. Anyone can type someone else's address, so its limit must not
 * tell them anything, nor lock its owner out: past it the answer is the usual "check your mail",
 * nothing is sent and nothing more is counted, and the links already sent keep working. Only a
 * connection that is over its own limit is told so ("refused").
 */
export function signInLinkDecision(db: Db, email: string, ip: string, now = new Date()): SignInLinkDecision {
  const [perAddress, perIp] = signInLinkRules(email, ip) as [RateLimitRule, RateLimitRule];
  if (consumeRateLimit(db, [perAddress, perIp], now)) return "send";
  return isOverLimit(db, perIp, now) ? "refused" : "silent";
}

/**
 * A sign-in code may be tried while the connection is within its sign-in limit. The address limit
 * does not stop a try: links asked for that address would otherwise make its code useless.
 */
export function signInCodeTryAllowed(tx: DbOrTx, ip: string, now = new Date()): boolean {
  const [, perIp] = signInLinkRules("", ip) as [RateLimitRule, RateLimitRule];
  return !isOverLimit(tx, perIp, now);
}

/**
 * A failed sign-in code counts against the connection's sign-in limit, also past it. Never against
 * the address's: anyone can type an address, and its budget is for its owner's links. Tries on
 * one code are limited by the code itself (SIGN_IN_CODE_TRIES).
 */
export function countFailedSignInCode(tx: DbOrTx, ip: string, now = new Date()): void {
  const [, perIp] = signInLinkRules("", ip) as [RateLimitRule, RateLimitRule];
  recordHits(tx, [perIp], now);
}
