import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { consumeRateLimit, signInLinkRules } from "@/lib/auth/rate-limit";

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
