import { and, eq, gt, lt, notLike, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { rateLimitHits } from "@/db/schema";

export type RateLimitRule = { bucket: string; limit: number; windowMs: number };

export const HOUR = 60 * 60 * 1000;
/** Hits older than a day are pruned: no rule looks further back. */
export const DAY = 24 * HOUR;
const PRUNE_EVERY_MS = 60 * 1000;
let lastPruned = 0;

/**
 * Counts one attempt against every rule, or none when any rule is already at its limit.
 * Check and write share one IMMEDIATE transaction, so parallel requests cannot slip past.
 */
export function consumeRateLimit(db: Db, rules: RateLimitRule[], now = new Date()): boolean {
  return db.transaction((tx) => consumeRateLimitIn(tx, rules, now), { behavior: "immediate" });
}

/** The same count inside the caller's IMMEDIATE transaction, for a command that decides which rules apply. */
export function consumeRateLimitIn(tx: DbOrTx, rules: RateLimitRule[], now = new Date()): boolean {
  if (rules.some((rule) => isOverLimit(tx, rule, now))) return false;
  recordHits(tx, rules, now);
  return true;
}

/** One hit on every rule's bucket, whether or not it is already at its limit. */
export function recordHits(tx: DbOrTx, rules: RateLimitRule[], now: Date): void {
  for (const rule of rules) {
    tx.insert(rateLimitHits).values({ bucket: rule.bucket, createdAt: now }).run();
  }
  // Dropping old hits scans the table: once a minute is enough to keep it small.
  if (Math.abs(now.getTime() - lastPruned) >= PRUNE_EVERY_MS) {
    tx.delete(rateLimitHits)
      .where(lt(rateLimitHits.createdAt, new Date(now.getTime() - DAY)))
      .run();
    lastPruned = now.getTime();
  }
}

/**
 * The rule's bucket already has its limit of hits within the window. Counting stops at the limit:
 * a bucket with many hits (one busy network) costs no more than the limit's own number of rows.
 */
export function isOverLimit(db: Pick<DbOrTx, "select">, rule: RateLimitRule, now: Date): boolean {
  if (rule.limit <= 0) return true;
  const since = new Date(now.getTime() - rule.windowMs);
  const hits = db
    .select({ one: sql<number>`1` })
    .from(rateLimitHits)
    .where(and(eq(rateLimitHits.bucket, rule.bucket), gt(rateLimitHits.createdAt, since)))
    .limit(1)
    .offset(rule.limit - 1)
    .all();
  return hits.length > 0;
}

/**
 * Removes every bucket that names this person (account id, e-mail address or number), for when
 * their data is erased: a bucket is "<kind>:<key>", and network buckets ("…-ip:<network>") name no one.
 */
export function forgetRateLimitsOf(tx: DbOrTx, who: string[]): void {
  for (const key of who) {
    tx.delete(rateLimitHits)
      .where(and(notLike(rateLimitHits.bucket, "%-ip:%"), eq(sql`substr(${rateLimitHits.bucket}, instr(${rateLimitHits.bucket}, ':') + 1)`, key)))
      .run();
  }
}
