import { spawnSync } from "node:child_process";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { databasePath, getDb, openDatabase } from "@/db/client";
import { backings, users } from "@/db/schema";
import { PageCache, type CachedPage } from "@/lib/platform/page-cache/store";
import { SqliteTagLog } from "@/lib/platform/page-cache/tag-log";
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
  it("drops a page when another connection backs its initiative (trigger in the write's own transaction)", () => {
    const initiativeId = createInitiative(createUser());
    const cache = cacheOfAnotherProcess();
    cache.put(`/initiatieven/${initiativeId}`, page(`/initiatieven/${initiativeId}`, cache.now()));
    cache.put("/privacy", page("/privacy", cache.now()));
    expect(cache.get(`/initiatieven/${initiativeId}`)).toBeDefined();

    getDb().insert(backings).values({ initiativeId, userId: createUser() }).run();

    expect(cache.get(`/initiatieven/${initiativeId}`)).toBeUndefined();
    expect(cache.get("/privacy")).toBeDefined();
  });

  it("never keeps a render that overlapped a write in another process", () => {
    const initiativeId = createInitiative(createUser());
    const cache = cacheOfAnotherProcess();
    const renderedFrom = cache.now();
    writeFromAnotherProcess(`UPDATE initiatives SET title = 'Nieuw' WHERE id = ${initiativeId}`);
    cache.put(`/initiatieven/${initiativeId}`, page(`/initiatieven/${initiativeId}`, renderedFrom));
    expect(cache.get(`/initiatieven/${initiativeId}`)).toBeUndefined();
  });

  it("sees a script's write at the next lookup: a renamed resident makes every page stale", () => {
    const userId = createUser();
    const cache = cacheOfAnotherProcess();
    cache.put("/", page("/", cache.now()));
    cache.put("/activiteiten", page("/activiteiten", cache.now()));
    writeFromAnotherProcess(`UPDATE users SET display_name = 'Oud-bewoner' WHERE id = '${userId}'`);
    expect(cache.get("/")).toBeUndefined();
    expect(cache.get("/activiteiten")).toBeUndefined();
  });

  it("is not flushed by a sign-in, which only touches other columns of the user", () => {
    const userId = createUser();
    const cache = cacheOfAnotherProcess();
    cache.put("/", page("/", cache.now()));
    getDb().update(users).set({ emailVerified: new Date() }).where(eq(users.id, userId)).run();
    expect(cache.get("/")).toBeDefined();
  });

  it("shares the invalidations that writes without a trigger announce (changed.*)", () => {
    const writer = cacheOfAnotherProcess();
    const reader = cacheOfAnotherProcess();
    reader.put("/activiteiten/4", page("/activiteiten/4", reader.now()));
    writer.invalidate(["activity:4"]);
    expect(reader.get("/activiteiten/4")).toBeUndefined();
  });
});
