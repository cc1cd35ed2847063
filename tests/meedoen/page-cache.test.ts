import { spawnSync } from "node:child_process";
import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { databasePath, openDatabase } from "@/db/client";
import { cacheKeyOf } from "@/lib/platform/page-cache/front";
import { PageCache, type CachedPage } from "@/lib/platform/page-cache/store";
import { SqliteTagLog } from "@/lib/platform/page-cache/tag-log";
import { paramsOfPublicPage, tagsOfPublicPage } from "@/lib/platform/page-cache/tags";
import "@/lib/wiring/public-pages";
import { createInitiative, createUser } from "../support/factories";
import { createPlaceRow } from "../support/meedoen-factory";

const visitor = (url: string) => ({ url, method: "GET", headers: { host: "buurt.nl" } }) as unknown as IncomingMessage;

const page = (path: string, renderedFrom: number): CachedPage => ({
  parts: [Buffer.from("x")], headers: [], tags: tagsOfPublicPage(path)!, renderedFrom, storedAt: Date.now(), bytes: 1,
});

/** A write by a separate OS process (a script), straight into SQLite: only the triggers can tell the cache. */
function writeFromAnotherProcess(sql: string) {
  const script = `const D = require("better-sqlite3"); const db = new D(process.argv[1]); db.pragma("busy_timeout = 5000"); db.exec(process.argv[2]);`;
  const run = spawnSync(process.execPath, ["-e", script, databasePath(), sql], { encoding: "utf8" });
  expect(run.stderr).toBe("");
}

describe("the public meedoen pages in the page cache", () => {
  it("are cached with their own tags, keyed by their filter parameters only; the certificate never", () => {
    expect(tagsOfPublicPage("/meedoen")).toEqual(["*", "meedoen"]);
    expect(tagsOfPublicPage("/meedoen/12")).toEqual(["*", "meedoen:12"]);
    expect(paramsOfPublicPage("/meedoen")).toEqual(["wijk", "week", "pagina"]);
    // The fixed note after a guest's take without JavaScript.
    expect(paramsOfPublicPage("/meedoen/12")).toEqual(["gelukt"]);
    for (const path of ["/meedoen/12/aanmeldingen", "/meedoen/nieuw", "/meedoen/bewijs/ABCDEFGHJK"]) expect(tagsOfPublicPage(path)).toBeNull();
  });

  it("a take written by a script drops the list, the place and the page of its idea, in the write's own transaction", async () => {
    const initiativeId = createInitiative(createUser());
    const placeId = createPlaceRow(null, { initiativeId });
    const other = createPlaceRow(null);
    const cache = new PageCache(new SqliteTagLog(openDatabase(databasePath())));
    for (const path of ["/meedoen", `/meedoen/${placeId}`, `/meedoen/${other}`, `/initiatieven/${initiativeId}`, "/privacy"]) cache.put(path, page(path, cache.now()));

    writeFromAnotherProcess(`INSERT INTO help_takes (place_id, name, phone, status, skills, created_at) VALUES (${placeId}, 'Karin', '+31612340000', 'aangemeld', '', 0)`);
    // As the app answers a write: once its changes count.
    await cache.published();

    for (const path of ["/meedoen", `/meedoen/${placeId}`, `/initiatieven/${initiativeId}`]) expect(cache.get(path), path).toBeUndefined();
    for (const path of [`/meedoen/${other}`, "/privacy"]) expect(cache.get(path), path).toBeDefined();
  });

  it("every page of the list, with or without filters, is its own entry; a new place written by a script drops them all", async () => {
    const cache = new PageCache(new SqliteTagLog(openDatabase(databasePath())));
    const lists = ["/meedoen", "/meedoen?pagina=2", "/meedoen?wijk=3", "/meedoen?pagina=3&week=deze&wijk=3"];
    const keys = lists.map((path) => cacheKeyOf(visitor(path))!);
    expect(keys.map((key) => key.path)).toEqual(lists);
    expect(new Set(keys.map((key) => key.key)).size).toBe(lists.length);
    // Junk parameters make no entry of their own.
    expect(cacheKeyOf(visitor("/meedoen?pagina=2&x=1"))!.key).toBe(keys[1]!.key);
    const place = createPlaceRow(null);
    for (const { key } of keys) cache.put(key, page("/meedoen", cache.now()));
    cache.put(`/meedoen/${place}`, page(`/meedoen/${place}`, cache.now()));
    for (const { key } of keys) expect(cache.get(key), key).toBeDefined();

    writeFromAnotherProcess(`INSERT INTO help_places (task, bring, wijk_id, address, starts_at, ends_at, places, host_name, created_at) VALUES ('Nieuw', '', 3, 'Buurthuis', ${Date.now() + 86_400_000}, ${Date.now() + 90_000_000}, 2, 'Anna', 0)`);
    // As the app answers a write: once its changes count.
    await cache.published();

    for (const { key } of keys) expect(cache.get(key), key).toBeUndefined();
    expect(cache.get(`/meedoen/${place}`)).toBeDefined();
  });

  it("a take of one date drops the pages of the other dates of its series, which list its places left", async () => {
    const first = createPlaceRow(null);
    const second = createPlaceRow(null, { seriesId: first });
    const alone = createPlaceRow(null);
    writeFromAnotherProcess(`UPDATE help_places SET series_id = ${first} WHERE id = ${first}`);
    const cache = new PageCache(new SqliteTagLog(openDatabase(databasePath())));
    for (const path of [`/meedoen/${first}`, `/meedoen/${alone}`]) cache.put(path, page(path, cache.now()));

    writeFromAnotherProcess(`INSERT INTO help_takes (place_id, name, phone, status, skills, created_at) VALUES (${second}, 'Karin', '+31612340001', 'aangemeld', '', 0)`);
    // As the app answers a write: once its changes count.
    await cache.published();

    expect(cache.get(`/meedoen/${first}`)).toBeUndefined();
    expect(cache.get(`/meedoen/${alone}`)).toBeDefined();
  });
});
