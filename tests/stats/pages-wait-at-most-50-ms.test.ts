import { describe, expect, it } from "vitest";
import { databasePath, openDatabase } from "@/db/client";
import { PageCache, type CachedPage } from "@/lib/platform/page-cache/store";
import { SqliteTagLog } from "@/lib/platform/page-cache/tag-log";
import { tagsOfPublicPage } from "@/lib/platform/page-cache/tags";
import "@/lib/wiring/public-pages";
import { LatestFigures, PAGE_WAIT_MS } from "@/lib/stats/current";
import { parseStatsFilter } from "@/lib/stats/filters";
import { encodeReports, figureReports, type EncodedReports } from "@/lib/stats/reports";

/**
 * A page never waits for the figures thread longer than 50 ms, also not for the very first count
 * of a filter: it shows "Wij tellen de cijfers nu" instead, and that page is not kept in the
 * page cache once the count is there.
 */

/** A thread that answers only when the test lets it. */
function heldThread() {
  const held: { resolve: (reports: EncodedReports) => void; filter: ReturnType<typeof parseStatsFilter>; now: number }[] = [];
  return {
    compute: (filter: ReturnType<typeof parseStatsFilter>, now: number) => new Promise<EncodedReports>((resolve) => held.push({ resolve, filter, now })),
    release() {
      for (const { resolve, filter, now } of held.splice(0)) resolve(encodeReports(figureReports(filter, now)));
    },
    get waiting() {
      return held.length;
    },
  };
}

const cacheOfTheServer = () => new PageCache(new SqliteTagLog(openDatabase(databasePath())));

describe("a page asking for figures", () => {
  it("gets an answer within 50 ms while the first count of its filter still runs, and the figures once it is done", async () => {
    expect(PAGE_WAIT_MS).toBeLessThanOrEqual(50);
    const thread = heldThread();
    const latest = new LatestFigures(thread.compute, cacheOfTheServer());
    const filter = parseStatsFilter({ wijk: "1" });
    // The thread does not answer: without a bound this would wait for ever.
    expect(await latest.reportWithin(filter, "publiek")).toBeNull();
    expect(await latest.reportWithin(filter, "alliantie")).toBeNull();
    expect(thread.waiting, "one count, however many pages ask").toBe(1);

    thread.release();
    await latest.settled();
    const report = await latest.reportWithin(filter, "publiek");
    expect(report?.figures.funnel).toBeDefined();
    latest.stopWatching();
  });

  it("drops a cached /cijfers made while the first count ran, once the count is there", async () => {
    const thread = heldThread();
    const cache = cacheOfTheServer();
    const latest = new LatestFigures(thread.compute, cache);
    const filter = parseStatsFilter({ wijk: "2" });
    const renderedFrom = cache.now();
    expect(await latest.reportWithin(filter, "publiek")).toBeNull();
    const counting: CachedPage = { parts: [Buffer.from("Wij tellen de cijfers nu")], headers: [], tags: tagsOfPublicPage("/cijfers", new URLSearchParams("wijk=2"))!, renderedFrom, storedAt: Date.now(), bytes: 1 };
    cache.put("/cijfers?wijk=2", counting);
    expect(cache.get("/cijfers?wijk=2")).toBeDefined();

    thread.release();
    await latest.settled();
    expect(cache.get("/cijfers?wijk=2"), "the page without figures is gone").toBeUndefined();
    latest.stopWatching();
  });
});
