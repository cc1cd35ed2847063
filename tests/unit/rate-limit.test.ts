import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { rateLimitHits } from "@/db/schema";
import { consumeRateLimit, HOURLY_LIMITS, hourlyLimitRules, signInLinkRules, type LimitedWrite } from "@/lib/auth/rate-limit";

const HOUR = 3_600_000;

describe("sign-in link limits", () => {
  it("allows 5 links per e-mail address per hour", () => {
    const now = new Date("2026-11-23T10:00:00Z");
    const results = Array.from({ length: 6 }, () => consumeRateLimit(getDb(), signInLinkRules("a@test.nl", "1.1.1.1"), now));
    expect(results).toEqual([true, true, true, true, true, false]);
    // Another address from the same IP still works; after an hour the first works again.
    expect(consumeRateLimit(getDb(), signInLinkRules("b@test.nl", "1.1.1.1"), now)).toBe(true);
    expect(consumeRateLimit(getDb(), signInLinkRules("a@test.nl", "1.1.1.1"), new Date(now.getTime() + HOUR + 1))).toBe(true);
  });

  it("allows 20 links per IP address per hour, whatever the addresses", () => {
    const now = new Date("2026-11-24T10:00:00Z");
    const results = Array.from({ length: 21 }, (_, i) => consumeRateLimit(getDb(), signInLinkRules(`p${i}@test.nl`, "2.2.2.2"), now));
    expect(results.filter(Boolean)).toHaveLength(20);
    expect(results.at(-1)).toBe(false);
  });

  it("counts nothing when refused, so a blocked address does not use up the IP's quota", () => {
    const now = new Date("2026-11-25T10:00:00Z");
    for (let i = 0; i < 5; i++) consumeRateLimit(getDb(), signInLinkRules("c@test.nl", "3.3.3.3"), now);
    for (let i = 0; i < 10; i++) expect(consumeRateLimit(getDb(), signInLinkRules("c@test.nl", "3.3.3.3"), now)).toBe(false);
    const others = Array.from({ length: 15 }, (_, i) => consumeRateLimit(getDb(), signInLinkRules(`q${i}@test.nl`, "3.3.3.3"), now));
    expect(others.every(Boolean)).toBe(true);
  });
});

describe("hourly limits on every write", () => {
  const kinds = Object.keys(HOURLY_LIMITS) as LimitedWrite[];
  let day = 0;
  /** Each case in its own day, so buckets of earlier cases have run out. */
  const freshHour = () => new Date(Date.UTC(2026, 0, 1 + day++, 10));

  it.each(kinds)("%s: the per-person limit refuses the next write, and another person can still write", (kind) => {
    const now = freshHour();
    const { perUser } = HOURLY_LIMITS[kind];
    const attempt = (who: string) => consumeRateLimit(getDb(), hourlyLimitRules(kind, who, "4.4.4.4"), now);
    const results = Array.from({ length: perUser + 1 }, () => attempt("anna"));
    expect(results.filter(Boolean)).toHaveLength(perUser);
    expect(results.at(-1)).toBe(false);
    expect(attempt("bert")).toBe(true);
    expect(consumeRateLimit(getDb(), hourlyLimitRules(kind, "anna", "4.4.4.4"), new Date(now.getTime() + HOUR + 1))).toBe(true);
  });

  it.each(kinds)("%s: the per-IP limit holds whoever writes", (kind) => {
    const now = freshHour();
    const { perIp } = HOURLY_LIMITS[kind];
    const results = Array.from({ length: perIp + 1 }, (_, i) => consumeRateLimit(getDb(), hourlyLimitRules(kind, `p${i}`, "5.5.5.5"), now));
    expect(results.filter(Boolean)).toHaveLength(perIp);
    expect(results.at(-1)).toBe(false);
    expect(consumeRateLimit(getDb(), hourlyLimitRules(kind, "x", "6.6.6.6"), now)).toBe(true);
  });

  it("takes each limit from the environment when set there, and ignores nonsense", () => {
    const now = freshHour();
    process.env.COMMENT_LIMIT_PER_USER = "2";
    process.env.COMMENT_LIMIT_PER_IP = "not a number";
    try {
      const results = Array.from({ length: 3 }, () => consumeRateLimit(getDb(), hourlyLimitRules("comment", "carla", "7.7.7.7"), now));
      expect(results).toEqual([true, true, false]);
      expect(hourlyLimitRules("comment", "carla", "7.7.7.7")[1]?.limit).toBe(HOURLY_LIMITS.comment.perIp);
    } finally {
      delete process.env.COMMENT_LIMIT_PER_USER;
      delete process.env.COMMENT_LIMIT_PER_IP;
    }
  });

  it("keeps the person and IP limits of one write apart from other kinds of write", () => {
    const now = freshHour();
    for (let i = 0; i < HOURLY_LIMITS.report.perUser; i++) consumeRateLimit(getDb(), hourlyLimitRules("report", "dirk", "8.8.8.8"), now);
    expect(consumeRateLimit(getDb(), hourlyLimitRules("report", "dirk", "8.8.8.8"), now)).toBe(false);
    expect(consumeRateLimit(getDb(), hourlyLimitRules("comment", "dirk", "8.8.8.8"), now)).toBe(true);
  });
});

describe("old hits", () => {
  it("are dropped a day later, so the table stays small", () => {
    const now = new Date("2026-12-01T10:00:00Z");
    const rule = (bucket: string) => [{ bucket, limit: 5, windowMs: HOUR }];
    consumeRateLimit(getDb(), rule("oud-bucket"), now);
    const hitsOf = (bucket: string) => getDb().select().from(rateLimitHits).where(eq(rateLimitHits.bucket, bucket)).all().length;
    expect(hitsOf("oud-bucket")).toBe(1);
    consumeRateLimit(getDb(), rule("nieuw-bucket"), new Date(now.getTime() + 25 * HOUR));
    expect(hitsOf("oud-bucket")).toBe(0);
    expect(hitsOf("nieuw-bucket")).toBe(1);
  });
});
