import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { rateLimitHits } from "@/db/schema";
import { consumeRateLimit, HOURLY_LIMITS, hourlyLimitRules, signInLinkDecision, signInLinkRules, type LimitedWrite } from "@/lib/platform/auth/rate-limit";

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

describe("a sign-in link asked for someone else's address", () => {
  it("after the address's limit, is answered as usual but sends nothing, whoever asks from wherever", () => {
    const now = new Date("2026-11-26T10:00:00Z");
    // Five strangers on five addresses ask a link for Anna: that is her hourly five.
    const first = Array.from({ length: 5 }, (_, i) => signInLinkDecision(getDb(), "anna@test.nl", `198.51.100.${i}`, now));
    expect(first).toEqual(["send", "send", "send", "send", "send"]);
    // Anna (or anyone) asks again: no refusal that tells whether the address is known, and no mail.
    expect(signInLinkDecision(getDb(), "anna@test.nl", "192.0.2.77", now)).toBe("silent");
    expect(signInLinkDecision(getDb(), "anna@test.nl", "198.51.100.0", now)).toBe("silent");
    // Someone else's address from the same place still gets a link; after an hour Anna does too.
    expect(signInLinkDecision(getDb(), "bert@test.nl", "192.0.2.77", now)).toBe("send");
    expect(signInLinkDecision(getDb(), "anna@test.nl", "192.0.2.77", new Date(now.getTime() + HOUR + 1))).toBe("send");
  });

  it("is refused with a message only when the asking connection is over its own limit", () => {
    const now = new Date("2026-11-27T10:00:00Z");
    const perIp = HOURLY_LIMITS.signin.perIp;
    for (let i = 0; i < perIp; i++) expect(signInLinkDecision(getDb(), `r${i}@test.nl`, "203.0.113.50", now)).toBe("send");
    expect(signInLinkDecision(getDb(), "new@test.nl", "203.0.113.50", now)).toBe("refused");
  });

  it("quietly dropped, does not use up the asking connection's quota", () => {
    const now = new Date("2026-11-28T10:00:00Z");
    for (let i = 0; i < 5; i++) signInLinkDecision(getDb(), "carla@test.nl", "203.0.113.60", now);
    for (let i = 0; i < 30; i++) expect(signInLinkDecision(getDb(), "carla@test.nl", "203.0.113.60", now)).toBe("silent");
    expect(signInLinkDecision(getDb(), "dirk@test.nl", "203.0.113.60", now)).toBe("send");
  });
});

describe("the per-IP limits of IPv6 clients", () => {
  it("count one /64 network as one address: a client cannot hop to a new address in its own network", () => {
    const now = new Date("2026-11-29T10:00:00Z");
    const perIp = HOURLY_LIMITS.signin.perIp;
    const hop = (i: number) => `2001:db8:aa:bb:${i.toString(16)}::${(i * 7).toString(16)}`;
    const results = Array.from({ length: perIp + 1 }, (_, i) => consumeRateLimit(getDb(), signInLinkRules(`v6-${i}@test.nl`, hop(i)), now));
    expect(results.filter(Boolean)).toHaveLength(perIp);
    expect(results.at(-1)).toBe(false);
    // Another /64 is another network.
    expect(consumeRateLimit(getDb(), signInLinkRules("v6-x@test.nl", "2001:db8:aa:bc::1"), now)).toBe(true);
  });

  it("use one bucket for every spelling of the same network, and IPv4-mapped addresses as IPv4", () => {
    const bucketOf = (ip: string) => hourlyLimitRules("signin", "x", ip)[1]!.bucket;
    const same = ["2001:db8:0:1::1", "2001:DB8:0:1:ffff:ffff:ffff:ffff", "2001:0db8:0000:0001:0000:0000:0000:0009", "[2001:db8:0:1::2]", "2001:db8:0:1::3%eth0"];
    expect(new Set(same.map(bucketOf)).size).toBe(1);
    expect(bucketOf("2001:db8:0:2::1")).not.toBe(bucketOf("2001:db8:0:1::1"));
    for (const mapped of ["::ffff:192.0.2.1", "::FFFF:192.0.2.1", "::ffff:c000:201", "0:0:0:0:0:ffff:c000:0201"]) expect(bucketOf(mapped)).toBe(bucketOf("192.0.2.1"));
    expect(bucketOf("192.0.2.1")).toBe("signin-ip:192.0.2.1");
    expect(bucketOf("192.0.2.2")).not.toBe(bucketOf("192.0.2.1"));
    expect(bucketOf("unknown")).toBe("signin-ip:unknown");
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
