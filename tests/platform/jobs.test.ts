import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { jobs } from "@/db/schema";
import { amsterdamTime, lastLocalMoment } from "@/lib/platform/jobs/amsterdam";
import { enqueueJob } from "@/lib/platform/jobs/queue";
import { enqueueRecurring, RECURRING } from "@/lib/platform/jobs/recurring";
import { BACKOFF_MINUTES, MAX_ATTEMPTS, runDueJobs } from "@/lib/platform/jobs/runner";

const MINUTE = 60_000;
const jobRow = (id: number) => getDb().select().from(jobs).where(eq(jobs.id, id)).get()!;
const newest = () => getDb().$client.prepare("select max(id) from jobs").pluck().get() as number;

describe("the job runner", () => {
  it("retries a job that throws with back-off, then marks it failed with the error", async () => {
    const start = new Date("2026-03-02T10:00:00Z");
    enqueueJob(getDb(), { kind: "explodes", runAt: start });
    const id = newest();
    let calls = 0;
    const handlers = { explodes: () => { calls++; throw new Error("SMTP weg"); } };
    let now = start;
    const clock = () => now;
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      expect(await runDueJobs(getDb(), { handlers, worker: "w", clock })).toEqual({ done: 0, retried: 1, failed: 0 });
      const row = jobRow(id);
      expect(row.attempts).toBe(attempt);
      expect(row.runAt.getTime()).toBe(now.getTime() + BACKOFF_MINUTES[attempt - 1]! * MINUTE);
      // Not due before its back-off has passed.
      expect(await runDueJobs(getDb(), { handlers, worker: "w", clock })).toEqual({ done: 0, retried: 0, failed: 0 });
      now = row.runAt;
    }
    expect(await runDueJobs(getDb(), { handlers, worker: "w", clock })).toEqual({ done: 0, retried: 0, failed: 1 });
    const failed = jobRow(id);
    expect(calls).toBe(MAX_ATTEMPTS);
    expect(failed.failedAt).not.toBeNull();
    expect(failed.lastError).toContain("SMTP weg");
    now = new Date(now.getTime() + 24 * 60 * MINUTE);
    expect(await runDueJobs(getDb(), { handlers, worker: "w", clock })).toEqual({ done: 0, retried: 0, failed: 0 });
  });

  it("a job that succeeds on a retry is done", async () => {
    const start = new Date("2026-03-03T10:00:00Z");
    enqueueJob(getDb(), { kind: "flaky", runAt: start });
    const id = newest();
    let calls = 0;
    const handlers = { flaky: () => { if (++calls === 1) throw new Error("even niet"); } };
    await runDueJobs(getDb(), { handlers, worker: "w", clock: () => start });
    await runDueJobs(getDb(), { handlers, worker: "w", clock: () => new Date(start.getTime() + MINUTE) });
    expect(jobRow(id).doneAt).not.toBeNull();
    expect(jobRow(id).failedAt).toBeNull();
  });

  it("enqueues each occurrence of a recurring job once, however often it ticks", () => {
    const now = new Date("2026-05-06T12:07:00Z");
    const before = newest() ?? 0;
    enqueueRecurring(getDb(), now);
    enqueueRecurring(getDb(), new Date(now.getTime() + 1000));
    const added = getDb().$client.prepare("select kind from jobs where id > ?").pluck().all(before);
    expect(added.sort()).toEqual(RECURRING.map((r) => r.kind).sort());
  });
});

describe("Dutch time for the digest and the daily cleanup", () => {
  const digestSlot = RECURRING.find((r) => r.kind === "digest")!.slot;

  it("the digest is Monday 08:00 in Amsterdam in winter (UTC+1) and in summer (UTC+2)", () => {
    expect(digestSlot(new Date("2026-01-14T12:00:00Z")).toISOString()).toBe("2026-01-12T07:00:00.000Z");
    expect(digestSlot(new Date("2026-07-15T12:00:00Z")).toISOString()).toBe("2026-07-13T06:00:00.000Z");
  });

  it("stays Monday 08:00 across the change to summer time (29 March 2026) and back (25 October 2026)", () => {
    // The week of the spring change: Sunday 29 March, clocks go forward.
    expect(digestSlot(new Date("2026-03-29T23:00:00Z")).toISOString()).toBe("2026-03-23T07:00:00.000Z");
    expect(digestSlot(new Date("2026-03-30T06:00:00Z")).toISOString()).toBe("2026-03-30T06:00:00.000Z");
    // At 07:59 Dutch time on Monday it is still last week's digest.
    expect(digestSlot(new Date("2026-03-30T05:59:00Z")).toISOString()).toBe("2026-03-23T07:00:00.000Z");
    // Autumn: Sunday 25 October the clocks go back.
    expect(digestSlot(new Date("2026-10-26T07:00:00Z")).toISOString()).toBe("2026-10-26T07:00:00.000Z");
    expect(digestSlot(new Date("2026-10-26T06:30:00Z")).toISOString()).toBe("2026-10-19T06:00:00.000Z");
  });

  it("a Monday that is Sunday evening in UTC is still Monday in Amsterdam", () => {
    // 23:30 UTC on Sunday 11 January is 00:30 Monday in Amsterdam: before 08:00, so last week's.
    expect(digestSlot(new Date("2026-01-11T23:30:00Z")).toISOString()).toBe("2026-01-05T07:00:00.000Z");
    expect(lastLocalMoment(new Date("2026-01-11T23:30:00Z"), { hour: 0 }).toISOString()).toBe("2026-01-11T23:00:00.000Z");
  });

  it("converts Dutch wall-clock times on both sides of a change of clocks", () => {
    expect(amsterdamTime(2026, 3, 28, 8).toISOString()).toBe("2026-03-28T07:00:00.000Z");
    expect(amsterdamTime(2026, 3, 29, 8).toISOString()).toBe("2026-03-29T06:00:00.000Z");
    expect(amsterdamTime(2026, 10, 25, 8).toISOString()).toBe("2026-10-25T07:00:00.000Z");
  });
});
