import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { rateLimitHits } from "@/db/schema";
import { notify } from "@/lib/notifications/commands/notify";
import { takeQueued } from "@/lib/platform/mail/queued";
import { enqueueMail } from "@/lib/platform/mail/outbox";
import { consumeRateLimit, isOverLimit } from "@/lib/platform/rate-limit/limiter";
import { enqueueSms } from "@/lib/platform/sms/outbox";

describe("delivery after a write", () => {
  it("looks in the outboxes only after a write that queued mail, a text message or a notification", () => {
    takeQueued();
    // A survey answer: rows and a rate-limit hit, nothing to send.
    consumeRateLimit(getDb(), [{ bucket: "delivery-test:a", limit: 5, windowMs: 60_000 }]);
    expect(takeQueued()).toBe(false);

    enqueueMail(getDb(), { to: "bewoner@example.org", subject: "Hallo", text: "x", html: "x" });
    expect(takeQueued()).toBe(true);
    expect(takeQueued()).toBe(false);

    enqueueSms(getDb(), { to: "+31612345678", text: "Hallo" });
    expect(takeQueued()).toBe(true);

    notify(getDb(), { kind: "update", eventKey: "delivery-test", initiativeId: null, payload: {}, audience: sql`select id from users where 0` });
    expect(takeQueued()).toBe(true);
  });
});

describe("counting hits against a limit", () => {
  it("decides as a full count would, at the limit and around it, in a bucket with many hits", () => {
    const now = new Date("2026-12-07T10:00:00Z");
    const bucket = "survey-ip:198.18.0.1";
    getDb()
      .insert(rateLimitHits)
      .values(Array.from({ length: 300 }, (_, i) => ({ bucket, createdAt: new Date(now.getTime() - i * 1000) })))
      .run();
    const over = (limit: number, windowMs = 3_600_000) => isOverLimit(getDb(), { bucket, limit, windowMs }, now);
    expect([over(1), over(299), over(300), over(301), over(5000)]).toEqual([true, true, true, false, false]);
    // Only the hits inside the window count: 60 in the last minute (one a second, the newest now).
    expect([over(60, 60_000), over(61, 60_000)]).toEqual([true, false]);
  });
});
