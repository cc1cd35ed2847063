import { and, count, eq, gt, lt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rateLimitHits } from "@/db/schema";

export type RateLimitRule = { bucket: string; limit: number; windowMs: number };

const HOUR = 60 * 60 * 1000;

/**
 * Counts one attempt against every rule, or none when any rule is already at its limit.
 * Check and write share one IMMEDIATE transaction, so parallel requests cannot slip past.
 */
export function consumeRateLimit(db: Db, rules: RateLimitRule[], now = new Date()): boolean {
  return db.transaction(
    (tx) => {
      for (const rule of rules) {
        const since = new Date(now.getTime() - rule.windowMs);
        const [row] = tx
          .select({ hits: count() })
          .from(rateLimitHits)
          .where(and(eq(rateLimitHits.bucket, rule.bucket), gt(rateLimitHits.createdAt, since)))
          .all();
        if ((row?.hits ?? 0) >= rule.limit) return false;
      }
      for (const rule of rules) {
        tx.insert(rateLimitHits).values({ bucket: rule.bucket, createdAt: now }).run();
      }
      tx.delete(rateLimitHits)
        .where(lt(rateLimitHits.createdAt, new Date(now.getTime() - 24 * HOUR)))
        .run();
      return true;
    },
    { behavior: "immediate" },
  );
}

const limitFromEnv = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};

/** At most 5 sign-in links per e-mail address and 20 per IP address per hour (both configurable). */
export function signInLinkRules(email: string, ip: string): RateLimitRule[] {
  return [
    { bucket: `signin-email:${email}`, limit: limitFromEnv("SIGNIN_LIMIT_PER_EMAIL", 5), windowMs: HOUR },
    { bucket: `signin-ip:${ip}`, limit: limitFromEnv("SIGNIN_LIMIT_PER_IP", 20), windowMs: HOUR },
  ];
}
