import { and, count, eq, gt, inArray, lt } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { rateLimitHits } from "@/db/schema";
import { limitNetwork } from "@/lib/platform/security/client-address";

export type RateLimitRule = { bucket: string; limit: number; windowMs: number };

const HOUR = 60 * 60 * 1000;
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
function recordHits(tx: DbOrTx, rules: RateLimitRule[], now: Date): void {
  for (const rule of rules) {
    tx.insert(rateLimitHits).values({ bucket: rule.bucket, createdAt: now }).run();
  }
  // Dropping old hits scans the table: once a minute is enough to keep it small.
  if (Math.abs(now.getTime() - lastPruned) >= PRUNE_EVERY_MS) {
    tx.delete(rateLimitHits)
      .where(lt(rateLimitHits.createdAt, new Date(now.getTime() - 24 * HOUR)))
      .run();
    lastPruned = now.getTime();
  }
}

/** The rule's bucket already has its limit of hits within the window. */
function isOverLimit(db: Pick<DbOrTx, "select">, rule: RateLimitRule, now: Date): boolean {
  const since = new Date(now.getTime() - rule.windowMs);
  const [row] = db
    .select({ hits: count() })
    .from(rateLimitHits)
    .where(and(eq(rateLimitHits.bucket, rule.bucket), gt(rateLimitHits.createdAt, since)))
    .all();
  return (row?.hits ?? 0) >= rule.limit;
}

const limitFromEnv = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};

type HourlyLimit = { perUser: number; perIp: number; userEnv: string; ipEnv: string };

/**
 * Writes limited per hour, per person (account, or e-mail address where guests write) and per IP
 * address; each number can be set in the environment. IP limits are generous: a whole community
 * centre can share one address.
 */
export const HOURLY_LIMITS = {
  signin: { perUser: 5, perIp: 20, userEnv: "SIGNIN_LIMIT_PER_EMAIL", ipEnv: "SIGNIN_LIMIT_PER_IP" },
  signup: { perUser: 10, perIp: 200, userEnv: "SIGNUP_LIMIT_PER_EMAIL", ipEnv: "SIGNUP_LIMIT_PER_IP" },
  backing: { perUser: 60, perIp: 500, userEnv: "BACKING_LIMIT_PER_USER", ipEnv: "BACKING_LIMIT_PER_IP" },
  comment: { perUser: 30, perIp: 200, userEnv: "COMMENT_LIMIT_PER_USER", ipEnv: "COMMENT_LIMIT_PER_IP" },
  report: { perUser: 30, perIp: 100, userEnv: "REPORT_LIMIT_PER_USER", ipEnv: "REPORT_LIMIT_PER_IP" },
  update: { perUser: 20, perIp: 100, userEnv: "UPDATE_LIMIT_PER_USER", ipEnv: "UPDATE_LIMIT_PER_IP" },
  follow: { perUser: 60, perIp: 500, userEnv: "FOLLOW_LIMIT_PER_USER", ipEnv: "FOLLOW_LIMIT_PER_IP" },
  proposal: { perUser: 20, perIp: 60, userEnv: "PROPOSAL_LIMIT_PER_USER", ipEnv: "PROPOSAL_LIMIT_PER_IP" },
  money: { perUser: 60, perIp: 200, userEnv: "MONEY_LIMIT_PER_USER", ipEnv: "MONEY_LIMIT_PER_IP" },
  // A sent vragenlijst, per device and per network: a flood from one network stops here.
  survey: { perUser: 10, perIp: 200, userEnv: "SURVEY_LIMIT_PER_DEVICE", ipEnv: "SURVEY_LIMIT_PER_IP" },
} as const satisfies Record<string, HourlyLimit>;

export type LimitedWrite = keyof typeof HOURLY_LIMITS;

/**
 * The two rules of one write: `who` is the account id or the e-mail address, `ip` the client's
 * address, counted by its network (an IPv6 /64; see limitNetwork).
 */
export function hourlyLimitRules(kind: LimitedWrite, who: string, ip: string): RateLimitRule[] {
  const limit: HourlyLimit = HOURLY_LIMITS[kind];
  return [
    { bucket: `${kind}-user:${who}`, limit: limitFromEnv(limit.userEnv, limit.perUser), windowMs: HOUR },
    { bucket: `${kind}-ip:${limitNetwork(ip)}`, limit: limitFromEnv(limit.ipEnv, limit.perIp), windowMs: HOUR },
  ];
}

/** At most 5 sign-in links per e-mail address and 20 per IP address per hour (both configurable). */
export function signInLinkRules(email: string, ip: string): RateLimitRule[] {
  return hourlyLimitRules("signin", email, ip);
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
 * A failed sign-in code counts against both sign-in limits, the address's and the connection's,
 * also past them: guessing codes costs the same as asking links.
 */
export function countFailedSignInCode(tx: DbOrTx, email: string, ip: string, now = new Date()): void {
  recordHits(tx, signInLinkRules(email, ip), now);
}

/** At most this many "you were already signed up" mails per address per hour. */
export const REPEAT_SIGNUP_MAILS_PER_HOUR = 3;

/**
 * A sign-up with an address that already has one (or has a date of a one-per-address series) counts
 * only against the client's IP, never against the address: the answer is the same as for a new
 * sign-up, so a stranger posting someone's address would otherwise use up that person's hourly
 * sign-ups without anyone noticing. What protects the owner instead is the mail limit: the mail
 * with their details goes out at most a few times an hour; after that the form answers as usual
 * and sends nothing. New sign-ups keep the address limit, because each one mails the address.
 */
export function repeatSignupRules(email: string, ip: string): { ip: RateLimitRule[]; mail: RateLimitRule[] } {
  const [, ipRule] = hourlyLimitRules("signup", email, ip);
  return {
    ip: [ipRule!],
    mail: [{ bucket: `signup-repeat-mail:${email}`, limit: REPEAT_SIGNUP_MAILS_PER_HOUR, windowMs: HOUR }],
  };
}

/**
 * Tries of a cancel code from a text message: six digits are guessable, so each number gets a few
 * tries an hour, and so does a connection (the same code tried on many numbers). Every try counts,
 * right or wrong, before the code is looked at.
 */
export function cancelCodeRules(phone: string, ip: string): RateLimitRule[] {
  return [
    { bucket: `cancel-code:${phone}`, limit: limitFromEnv("CANCEL_CODE_LIMIT_PER_NUMBER", 5), windowMs: HOUR },
    { bucket: `cancel-code-ip:${limitNetwork(ip)}`, limit: limitFromEnv("CANCEL_CODE_LIMIT_PER_IP", 30), windowMs: HOUR },
  ];
}

/**
 * Removes every bucket that names this person (account id, e-mail address or number), for when their data
 * is erased. IP buckets name no one and stay.
 */
export function forgetRateLimitsOf(tx: DbOrTx, who: string[]): void {
  const buckets = who.flatMap((key) => [
    ...Object.keys(HOURLY_LIMITS).map((kind) => `${kind}-user:${key}`),
    repeatSignupRules(key, "").mail[0]!.bucket,
    cancelCodeRules(key, "")[0]!.bucket,
  ]);
  tx.delete(rateLimitHits).where(inArray(rateLimitHits.bucket, buckets)).run();
}
