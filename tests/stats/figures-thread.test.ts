import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databasePath, getDb, openDatabase } from "@/db/client";
import { activities, backings, initiatives, signups } from "@/db/schema";
import { PageCache, type CachedPage } from "@/lib/platform/page-cache/store";
import { SqliteTagLog } from "@/lib/platform/page-cache/tag-log";
import { tagsOfPublicPage } from "@/lib/platform/page-cache/tags";
import "@/lib/wiring/public-pages";
import { LatestFigures } from "@/lib/stats/current";
import { FiguresThread } from "@/lib/stats/figures-worker";
import { parseStatsFilter } from "@/lib/stats/filters";
import { decodeReport, figureReports } from "@/lib/stats/reports";
import { createUser } from "../support/factories";

/**
 * The figures are computed in a worker thread and served from the last complete result: the
 * thread's figures are the inline ones, a request never waits for a recompute, and after a write
 * the next complete recompute is what gets served.
 */

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 20, 12);
let seed = 1126;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
const someDay = () => new Date(Date.UTC(2026, 0, 1, 12) + between(0, 320) * DAY);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const residents: string[] = [];
const ideas: number[] = [];
const events: number[] = [];

function addIdea() {
  const submitted = someDay();
  const id = getDb()
    .insert(initiatives)
    .values({ title: `Idee ${ideas.length}`, pitch: "P", wijkId: between(1, 3), themeId: between(1, 4), initiatorId: residents[between(0, residents.length - 1)]!, status: "zoekt_steun", submittedAt: submitted, publishedAt: submitted })
    .returning({ id: initiatives.id })
    .get().id;
  ideas.push(id);
}

function addActivity() {
  const start = someDay();
  const id = getDb()
    .insert(activities)
    .values({ title: `Act ${events.length}`, wijkId: between(1, 3), address: "Plein", startsAt: start, endsAt: new Date(start.getTime() + 3_600_000), places: 40, signupDeadline: start })
    .returning({ id: activities.id })
    .get().id;
  events.push(id);
}

/** One write as residents make them: a new resident backing an idea, or a guest signing up. */
function randomWrite() {
  if (random() < 0.5) {
    const userId = createUser("bewoner", "Buur");
    residents.push(userId);
    getDb().insert(backings).values({ initiativeId: ideas[between(0, ideas.length - 1)]!, userId, helpOffered: random() < 0.3, createdAt: someDay() }).run();
  } else {
    const activityId = events[between(0, events.length - 1)]!;
    getDb().insert(signups).values({ activityId, name: "G", email: `g${Date.now()}-${random()}@x.nl`, partySize: between(1, 3), status: "bevestigd", checkedInAt: random() < 0.5 ? new Date(NOW) : null }).run();
  }
}

function randomFilter(): Record<string, string> {
  const filter: Record<string, string> = {};
  if (random() < 0.5) filter.wijk = String(between(1, 3));
  if (random() < 0.5) filter.van = iso(someDay().getTime());
  if (random() < 0.5) filter.tot = iso(someDay().getTime() + 60 * DAY);
  return filter;
}

/** The keeper's own view of the tag log, through its own connection, as in a server process. */
const cacheOfTheServer = () => new PageCache(new SqliteTagLog(openDatabase(databasePath())));

const thread = new FiguresThread();
const slowThread = new FiguresThread("tests/support/slow-figures-thread.ts");

beforeAll(() => {
  for (let i = 0; i < 12; i++) residents.push(createUser("bewoner", `Rnd ${i}`));
  for (let i = 0; i < 8; i++) addIdea();
  for (let i = 0; i < 6; i++) addActivity();
  for (let i = 0; i < 60; i++) randomWrite();
});

afterAll(async () => {
  await Promise.all([thread.stop(), slowThread.stop()]);
});

describe("the figures thread", () => {
  it("computes the same reports as the inline computation, on random data and filters", async () => {
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 15; i++) randomWrite();
      for (const params of [{}, ...Array.from({ length: 5 }, randomFilter)]) {
        const filter = parseStatsFilter(params);
        const encoded = await thread.compute(filter, NOW);
        const inline = figureReports(filter, NOW);
        expect(decodeReport(encoded.alliantie), JSON.stringify(params)).toEqual(inline.alliantie);
        expect(decodeReport(encoded.publiek), JSON.stringify(params)).toEqual(inline.publiek);
      }
    }
  });
});

describe("the latest figures", () => {
  it("answer a request during a slow recompute from the previous result within a few ms", async () => {
    const cache = cacheOfTheServer();
    const latest = new LatestFigures((filter, now) => slowThread.compute(filter, now), cache);
    const filter = parseStatsFilter({});
    const before = await latest.report(filter, "alliantie");
    expect(before.recounting).toBe(false);
    const cijfers: CachedPage = { parts: [Buffer.from("x")], headers: [], tags: tagsOfPublicPage("/cijfers")!, renderedFrom: 0, storedAt: 0, bytes: 1 };

    randomWrite();
    const started = Date.now();
    const waits: number[] = [];
    // Requests keep coming while the thread is busy for 800 ms: each is answered at once.
    while (Date.now() - started < 600) {
      const asked = performance.now();
      const during = await latest.report(filter, "alliantie");
      waits.push(performance.now() - asked);
      expect(during.recounting).toBe(true);
      expect(during.madeAt).toBe(before.madeAt);
      expect(during.figures).toEqual(before.figures);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(waits.length).toBeGreaterThan(10);
    expect(Math.max(...waits)).toBeLessThan(50);
    // A page made with the previous result while the recompute ran (/cijfers in the page cache).
    cache.put("/cijfers", { ...cijfers, renderedFrom: cache.now(), storedAt: Date.now() });
    expect(cache.get("/cijfers")).toBeDefined();

    await latest.settled();
    const after = await latest.report(filter, "alliantie");
    expect(after.recounting).toBe(false);
    expect(after.madeAt).toBeGreaterThan(before.madeAt);
    expect(after.figures).not.toEqual(before.figures);
    expect(cache.get("/cijfers")).toBeUndefined();
    latest.stopWatching();
  });

  it("are recounted after a write without a request, and only then drop a cached /cijfers", async () => {
    const cache = cacheOfTheServer();
    const latest = new LatestFigures((filter, now) => thread.compute(filter, now), cache, 50);
    const before = await latest.report(parseStatsFilter({ wijk: "2" }), "publiek");
    const cijfers: CachedPage = { parts: [Buffer.from("x")], headers: [], tags: tagsOfPublicPage("/cijfers", new URLSearchParams("wijk=2"))!, renderedFrom: cache.now(), storedAt: Date.now(), bytes: 1 };
    cache.put("/cijfers?wijk=2", cijfers);
    cache.put("/cijfers", { ...cijfers, tags: tagsOfPublicPage("/cijfers")! });

    randomWrite();
    expect(cache.get("/cijfers?wijk=2"), "a write alone leaves the page: its figures did not change yet").toBeDefined();
    const started = Date.now();
    while (cache.get("/cijfers?wijk=2") && Date.now() - started < 10_000) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(cache.get("/cijfers?wijk=2")).toBeUndefined();
    expect(cache.get("/cijfers"), "another filter's page, not recounted here").toBeDefined();
    await latest.settled();
    const after = await latest.report(parseStatsFilter({ wijk: "2" }), "publiek");
    expect(after.recounting).toBe(false);
    expect(after.madeAt).toBeGreaterThan(before.madeAt);
    latest.stopWatching();
  });

  it("leave a gap between two recomputes of a filter under a stream of writes, answering at once meanwhile", async () => {
    const starts: number[] = [];
    const latest = new LatestFigures((filter, now) => (starts.push(Date.now()), thread.compute(filter, now)), cacheOfTheServer(), 1_000, 400);
    const filter = parseStatsFilter({ wijk: "3" });
    await latest.report(filter, "publiek");
    for (let write = 0; write < 5; write++) {
      randomWrite();
      const asked = performance.now();
      expect((await latest.report(filter, "publiek")).recounting).toBe(true);
      expect(performance.now() - asked).toBeLessThan(50);
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
    await latest.settled();
    expect(starts.length).toBeGreaterThanOrEqual(2);
    // Five writes in ~300 ms make one recompute, which waited for its gap (timers may fire a ms early).
    expect(starts.length).toBeLessThanOrEqual(3);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(395);
    expect((await latest.report(filter, "publiek")).recounting).toBe(false);
    latest.stopWatching();
  });

  it("serve nothing older than the last recompute completed after a write", async () => {
    const cache = cacheOfTheServer();
    const latest = new LatestFigures((filter, now) => thread.compute(filter, now), cache);
    for (const params of [{}, randomFilter(), randomFilter()]) {
      const filter = parseStatsFilter(params);
      let lastCompleted = (await latest.report(filter, "publiek")).madeAt;
      for (let step = 0; step < 12; step++) {
        for (let i = between(1, 3); i > 0; i--) randomWrite();
        const served = await latest.report(filter, "publiek");
        expect(served.madeAt).toBeGreaterThanOrEqual(lastCompleted);
        if (random() < 0.5) continue;
        // As the app answers the writes: once they count (lib/platform/page-cache/store.ts).
        await cache.published();
        await latest.report(filter, "publiek");
        await latest.settled();
        const current = await latest.report(filter, "publiek");
        expect(current.recounting).toBe(false);
        expect(current.madeAt).toBeGreaterThan(lastCompleted);
        lastCompleted = current.madeAt;
        // Nothing was written since: what is served is the live recount, with the same clock.
        const live = figureReports(filter, current.madeAt).publiek;
        expect({ figures: current.figures, tables: current.tables }, JSON.stringify(params)).toEqual(live);
      }
    }
    latest.stopWatching();
    // A recount started by the last writes finishes inside this test, not while the thread stops.
    await latest.settled();
  });
});
