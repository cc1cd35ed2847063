import { spawnSync } from "node:child_process";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { databasePath, getDb, openDatabase } from "@/db/client";
import { backings, users } from "@/db/schema";
import { PageCache, type CachedPage } from "@/lib/platform/page-cache/store";
import { SAME_WRITE_MS, SqliteTagLog } from "@/lib/platform/page-cache/tag-log";
import { tagsOfPublicPage } from "@/lib/platform/page-cache/tags";
import "@/lib/wiring/public-pages";
import { createInitiative, createUser } from "../support/factories";

const page = (path: string, renderedFrom: number): CachedPage => ({
  parts: [Buffer.from("x")], headers: [], tags: tagsOfPublicPage(path)!, renderedFrom, storedAt: Date.now(), bytes: 1,
});

/** A cache as another server process has it: its own connection to the same file. */
const cacheOfAnotherProcess = () => new PageCache(new SqliteTagLog(openDatabase(databasePath())));

/** A write by a separate OS process (a script such as data:cleanup), straight into SQLite. */
function writeFromAnotherProcess(sql: string) {
  const script = `const D = require("better-sqlite3"); const db = new D(process.argv[1]); db.pragma("busy_timeout = 5000"); db.exec(process.argv[2]);`;
  const run = spawnSync(process.execPath, ["-e", script, databasePath(), sql], { encoding: "utf8" });
  expect(run.stderr).toBe("");
}

describe("the page cache across processes", () => {
  it("drops a page when another connection backs its initiative (trigger in the write's own transaction)", async () => {
    const initiativeId = createInitiative(createUser());
    const cache = cacheOfAnotherProcess();
    cache.put(`/initiatieven/${initiativeId}`, page(`/initiatieven/${initiativeId}`, cache.now()));
    cache.put("/privacy", page("/privacy", cache.now()));
    expect(cache.get(`/initiatieven/${initiativeId}`)).toBeDefined();

    getDb().insert(backings).values({ initiativeId, userId: createUser() }).run();
    // As the app answers the write: once its changes count.
    await cache.published();

    expect(cache.get(`/initiatieven/${initiativeId}`)).toBeUndefined();
    expect(cache.get("/privacy")).toBeDefined();
  });

  it("never keeps a render that overlapped a write in another process", async () => {
    const initiativeId = createInitiative(createUser());
    const cache = cacheOfAnotherProcess();
    const renderedFrom = cache.now();
    writeFromAnotherProcess(`UPDATE initiatives SET title = 'Nieuw' WHERE id = ${initiativeId}`);
    cache.put(`/initiatieven/${initiativeId}`, page(`/initiatieven/${initiativeId}`, renderedFrom));
    await cache.published();
    expect(cache.get(`/initiatieven/${initiativeId}`)).toBeUndefined();
  });

  it("sees a script's write once it counts: a renamed resident makes every page stale", async () => {
    const userId = createUser();
    const cache = cacheOfAnotherProcess();
    cache.put("/", page("/", cache.now()));
    cache.put("/activiteiten", page("/activiteiten", cache.now()));
    writeFromAnotherProcess(`UPDATE users SET display_name = 'Oud-bewoner' WHERE id = '${userId}'`);
    await cache.published();
    expect(cache.get("/")).toBeUndefined();
    expect(cache.get("/activiteiten")).toBeUndefined();
  });

  it("is not flushed by a sign-in, which only touches other columns of the user", async () => {
    const userId = createUser();
    const cache = cacheOfAnotherProcess();
    cache.put("/", page("/", cache.now()));
    getDb().update(users).set({ emailVerified: new Date() }).where(eq(users.id, userId)).run();
    await cache.published();
    expect(cache.get("/")).toBeDefined();
  });

  it("shares the invalidations that writes without a trigger announce (changed.*)", async () => {
    const writer = cacheOfAnotherProcess();
    const reader = cacheOfAnotherProcess();
    reader.put("/activiteiten/4", page("/activiteiten/4", reader.now()));
    writer.invalidate(["activity:4"]);
    await writer.published();
    expect(reader.get("/activiteiten/4")).toBeUndefined();
  });

  it("counts a busy page's changes together, and none is missing once the writes are answered", async () => {
    const initiativeId = createInitiative(createUser());
    const path = `/initiatieven/${initiativeId}`;
    const cache = cacheOfAnotherProcess();
    const back = () => getDb().insert(backings).values({ initiativeId, userId: createUser() }).run();
    back();
    await cache.published();
    cache.put(path, page(path, cache.now()));
    // Backings in quick succession: the idea's tags are busy, so these count at the next step.
    await new Promise((resolve) => setTimeout(resolve, SAME_WRITE_MS + 5));
    back();
    back();
    const renderedAfter = cache.now();
    await cache.published();
    expect(cache.get(path), "after the answer: stale").toBeUndefined();
    cache.put(path, page(path, renderedAfter));
    expect(cache.get(path), "a render that began after both writes is current").toBeDefined();
  });

  it("counts an answered change at once in a process that did not look before the next step began", async () => {
    const tag = `test:missed-step:${Date.now()}`;
    const writer = cacheOfAnotherProcess();
    const reader = cacheOfAnotherProcess();
    const path = "/pagina-van-de-test";
    const kept = { ...page("/privacy", reader.now()), tags: [tag] };
    reader.put(path, kept);
    // The first backing: a quiet tag, it counts at once and is answered.
    writer.invalidate([tag]);
    await writer.published();
    // It counted 60 ms ago when the second comes: busy, so the second waits for the next step.
    getDb().$client.prepare("UPDATE cache_tags SET counts_from = ? WHERE tag = ?").run(Date.now() - 60, tag);
    writer.invalidate([tag]);
    // The reader looks only now: it sees the second change waiting, and must still count the first.
    expect(reader.get(path), "the first backing was answered").toBeUndefined();
  });
});
