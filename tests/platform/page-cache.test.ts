import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cacheKeyOf, entryOf, servePublicPage, type Rendered } from "@/lib/platform/page-cache/front";
import { PageCache, pageCache, type CachedPage } from "@/lib/platform/page-cache/store";
import { MemoryTagLog, SAME_WRITE_MS, SqliteTagLog, stateAfterChange, STEP_MS } from "@/lib/platform/page-cache/tag-log";
import { getDb } from "@/db/client";
import { activityFilterSchema } from "@/lib/activities/schema";
import { listFilterSchema } from "@/lib/initiatives/schema";
import { activityChanged, everythingChanged, figuresRecomputed, initiativeChanged, paramsOfPublicPage, tagsOfPublicPage } from "@/lib/platform/page-cache/tags";
import "@/lib/wiring/public-pages";
import { statsFilterKey, statsFilterSchema } from "@/lib/stats/filters";
import { cachedValue } from "@/lib/platform/page-cache/values";
import { siteUrl } from "@/lib/platform/site-url";

/** The site as configured (AUTH_URL, or localhost with the port): lib/platform/site-url.ts. */
const SITE_HOST = new URL(siteUrl()).host;
const entry = (tags: string[], renderedFrom: number, bytes = 10, storedAt = Date.now()): CachedPage => ({ parts: [Buffer.from("x")], headers: [], tags, renderedFrom, storedAt, bytes });

describe("page cache store", () => {
  it("keeps a page until one of its tags changes", () => {
    const cache = new PageCache();
    cache.put("/a", entry(["*", "initiative:1"], cache.now()));
    cache.invalidate(["initiative:2"]);
    expect(cache.get("/a")).toBeDefined();
    cache.invalidate(["initiative:1"]);
    expect(cache.get("/a")).toBeUndefined();
  });

  it("does not keep a render during which a write happened: it may show the old data", () => {
    const cache = new PageCache();
    const renderedFrom = cache.now();
    cache.invalidate(["activities"]);
    cache.put("/activiteiten", entry(["activities"], renderedFrom));
    expect(cache.get("/activiteiten")).toBeUndefined();
    // A render that starts after the write is kept.
    cache.put("/activiteiten", entry(["activities"], cache.now()));
    expect(cache.get("/activiteiten")).toBeDefined();
  });

  it("drops pages older than the maximum age, and the least recently used beyond the size", () => {
    const cache = new PageCache(undefined, { maxBytes: 25, maxAgeMs: 1000 });
    cache.put("/old", entry(["*"], 0, 10, Date.now() - 1000));
    expect(cache.get("/old")).toBeUndefined();
    cache.put("/a", entry(["*"], 0));
    cache.put("/b", entry(["*"], 0));
    cache.get("/a");
    cache.put("/c", entry(["*"], 0));
    expect(cache.get("/b")).toBeUndefined();
    expect(cache.get("/a")).toBeDefined();
    expect(cache.get("/c")).toBeDefined();
  });

  it("is one cache per process, which the writes invalidate", async () => {
    pageCache().put("/", entry(tagsOfPublicPage("/")!, pageCache().now()));
    pageCache().invalidate(initiativeChanged(7));
    await pageCache().published();
    expect(pageCache().get("/")).toBeUndefined();
  });
});

describe("when a change counts", () => {
  it("at once on a quiet tag; a busy tag's changes together at the next step; one write's two bumps as one", () => {
    const now = 1_000_000;
    const after = (countsFrom: number) => stateAfterChange({ seq: 7, countsFrom, countedSeq: 3, countedFrom: 1 }, 8, now);
    expect(stateAfterChange(undefined, 1, now)).toEqual({ seq: 1, countsFrom: now, countedSeq: 0, countedFrom: 0 });
    expect(after(now - 10_000), "quiet").toEqual({ seq: 8, countsFrom: now, countedSeq: 7, countedFrom: now - 10_000 });
    expect(after(now - 5), "the same write").toEqual({ seq: 8, countsFrom: now - 5, countedSeq: 3, countedFrom: 1 });
    expect(after(now - 100), "busy").toEqual({ seq: 8, countsFrom: now - 100 + STEP_MS, countedSeq: 7, countedFrom: now - 100 });
    expect(after(now + 150), "joins the step it waits for").toEqual({ seq: 8, countsFrom: now + 150, countedSeq: 3, countedFrom: 1 });
  });

  it("is decided by triggers that also run in Debian 12's sqlite3 shell (SQLite 3.40), so a write from it is not refused", () => {
    // unixepoch('subsec') came with SQLite 3.42: older shells give NULL, and counts_from is NOT NULL.
    const triggers = getDb().$client.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'cache_tags'").all() as { name: string; sql: string }[];
    expect(triggers.map((trigger) => trigger.name).sort()).toEqual(["cache_tags_counts_from_insert", "cache_tags_counts_from_update"]);
    for (const trigger of triggers) expect(trigger.sql, trigger.name).not.toMatch(/subsec/i);
  });

  it("is decided alike by the database's triggers, whoever bumps the tag", () => {
    const sqlite = getDb().$client;
    const tag = `test:counts-from:${Date.now()}`;
    const log = new SqliteTagLog(getDb());
    const countsFrom = () => sqlite.prepare("SELECT counts_from FROM cache_tags WHERE tag = ?").pluck().get(tag) as number;
    const setCountsFrom = (value: number) => sqlite.prepare("UPDATE cache_tags SET counts_from = ? WHERE tag = ?").run(value, tag);
    const bumpedBetween = (): [number, number] => {
      const before = Date.now();
      log.bump([tag]);
      return [before, Date.now()];
    };

    const [firstFrom, firstTo] = bumpedBetween();
    expect(countsFrom()).toBeGreaterThanOrEqual(firstFrom);
    expect(countsFrom()).toBeLessThanOrEqual(firstTo);
    setCountsFrom(Date.now() - 10_000);
    const [quietFrom, quietTo] = bumpedBetween();
    expect(countsFrom(), "quiet").toBeGreaterThanOrEqual(quietFrom);
    expect(countsFrom(), "quiet").toBeLessThanOrEqual(quietTo);
    const waiting = Date.now() + 5_000;
    setCountsFrom(waiting);
    log.bump([tag]);
    expect(countsFrom(), "joins the step it waits for").toBe(waiting);
    const recent = Date.now() - 60;
    setCountsFrom(recent);
    const seqBefore = sqlite.prepare("SELECT seq FROM cache_tags WHERE tag = ?").pluck().get(tag) as number;
    log.bump([tag]);
    expect(countsFrom(), "busy").toBe(recent + STEP_MS);
    // The change before the new step already counts, and stays in the row for whoever did not look.
    expect(sqlite.prepare("SELECT counted_seq AS seq, counted_from AS at FROM cache_tags WHERE tag = ?").get(tag)).toEqual({ seq: seqBefore, at: recent });
  });

  it("gives the page from before a busy tag's change until the change counts, and then never", () => {
    const log = new MemoryTagLog();
    const cache = new PageCache(log);
    const start = Date.now();
    log.bump(["idea"], start);
    cache.put("/a", entry(["idea"], cache.now(), 10, start));
    log.bump(["idea"], start + SAME_WRITE_MS + 10);
    const renderedAfter = cache.now();
    expect(cache.get("/a", start + 100), "before the step: not answered yet").toBeDefined();
    expect(cache.get("/a", start + STEP_MS), "from the step on").toBeUndefined();
    cache.put("/a", entry(["idea"], renderedAfter, 10, start));
    expect(cache.get("/a", start + STEP_MS + 1), "a render that began after the change").toBeDefined();
  });

  it("answers a write once its changes count", async () => {
    const log = new MemoryTagLog();
    const cache = new PageCache(log);
    log.bump(["idea"]);
    log.bump(["idea"], Date.now() + SAME_WRITE_MS + 10);
    await cache.published();
    cache.put("/b", entry(["idea"], 0));
    expect(cache.get("/b"), "a page from before the write").toBeUndefined();
  });
});

describe("cached values", () => {
  it("computes once until a write invalidates one of its tags, and at least once a minute", async () => {
    let computed = 0;
    const figures = (now?: number) => cachedValue("test:figures", ["*", "figures"], () => ++computed, now);
    expect([figures(), figures()]).toEqual([1, 1]);
    pageCache().invalidate(activityChanged(1));
    await pageCache().published();
    expect([figures(), figures()]).toEqual([2, 2]);
    pageCache().invalidate(everythingChanged());
    await pageCache().published();
    expect(figures()).toBe(3);
    expect(figures(Date.now() + 61_000)).toBe(4);
  });
});

describe("which pages are shared, and what changes them", () => {
  it("caches only the public pages, each with the data it shows", () => {
    expect(tagsOfPublicPage("/initiatieven/12")).toEqual(["*", "initiative:12"]);
    expect(tagsOfPublicPage("/activiteiten/3")).toEqual(["*", "activity:3"]);
    expect(tagsOfPublicPage("/")).toEqual(expect.arrayContaining(["initiatives", "activities", "figures"]));
    for (const personal of ["/account", "/dashboard", "/beheer", "/initiatieven/nieuw", "/initiatieven/12/bewerken", "/inloggen", "/aanmelding/abc"]) {
      expect(tagsOfPublicPage(personal), personal).toBeNull();
    }
  });

  it("a backing makes the idea and the lists stale, not the activities; /cijfers goes when its recount is done", () => {
    const cache = new PageCache();
    const pages = ["/initiatieven/5", "/initiatieven/6", "/initiatieven", "/", "/cijfers", "/activiteiten", "/activiteiten/5"];
    for (const path of pages) cache.put(path, entry(tagsOfPublicPage(path)!, cache.now()));
    cache.invalidate(["initiative:5", "initiatives", "figures"]);
    expect(pages.filter((path) => cache.get(path))).toEqual(["/initiatieven/6", "/cijfers", "/activiteiten", "/activiteiten/5"]);
    cache.invalidate(figuresRecomputed(statsFilterKey({ wijk: 2 })));
    expect(cache.get("/cijfers"), "a recount of another filter").toBeDefined();
    cache.invalidate(figuresRecomputed(statsFilterKey({})));
    expect(cache.get("/cijfers")).toBeUndefined();
  });

  const request = (url: string, headers: Record<string, string> = {}, method = "GET") => ({ url, method, headers: { host: "buurt.nl", ...headers } }) as unknown as IncomingMessage;

  it("keys a visitor's plain GET by the site and URL, and passes everything personal on", () => {
    expect(cacheKeyOf(request("/initiatieven?wijk=3"))).toEqual({ key: `http://${SITE_HOST}/initiatieven?wijk=3`, path: "/initiatieven?wijk=3", tags: ["*", "initiatives"] });
    expect(cacheKeyOf(request("/", { "x-forwarded-proto": "https" }))?.key).toBe(`https://${SITE_HOST}/`);
    expect(cacheKeyOf(request("/", { cookie: "theme=x; authjs.session-token=abc" }))).toBeNull();
    expect(cacheKeyOf(request("/", { cookie: "__Secure-authjs.session-token=abc" }))).toBeNull();
    expect(cacheKeyOf(request("/", { cookie: "authjs.csrf-token=abc" }))).not.toBeNull();
    expect(cacheKeyOf(request("/", { rsc: "1" }))).toBeNull();
    expect(cacheKeyOf(request("/?_rsc=abc"))).toBeNull();
    expect(cacheKeyOf(request("/", {}, "POST"))).toBeNull();
    expect(cacheKeyOf(request("/", { "next-action": "abc" }))).toBeNull();
  });

  it("keys by the configured site and the page's own parameters: a visitor's Host or junk parameters steer nothing", () => {
    const key = (url: string, headers: Record<string, string> = {}) => cacheKeyOf(request(url, headers))?.key;
    const privacy = key("/privacy");
    // Before, the Host was glued to the path: this was stored as /initiatieven?q=X/privacy.
    expect(key("/privacy", { host: "buurt.nl/initiatieven?q=X" })).toBe(privacy);
    expect(key("/privacy", { host: "boze-site.example" })).toBe(privacy);
    expect(key("/privacy", { host: "" })).toBe(privacy);
    expect(key("/initiatieven?q=X/privacy")).not.toBe(privacy);
    expect(new Set(["/privacy?utm_source=a", "/privacy?b=1", "/privacy?", "/privacy?_=1&x"].map((url) => key(url)))).toEqual(new Set([privacy]));
    // Only what the page reads, in one order, its first value.
    expect(key("/cijfers?onzin=1&wijk=2&van=2026-01-01")).toBe(key("/cijfers?van=2026-01-01&wijk=2"));
    expect(key("/cijfers?wijk=2&wijk=3")).toBe(key("/cijfers?wijk=2"));
    expect(key("/initiatieven?q=bank&pagina=2&fbclid=x")).toBe(key("/initiatieven?pagina=2&q=bank"));
    expect(key("/activiteiten?tijd=voorbij&utm=1")).toBe(key("/activiteiten?tijd=voorbij"));
    expect(key("/initiatieven/4?bewaard=ja&x=1")).toBe(key("/initiatieven/4?bewaard=ja"));
    expect(key("/initiatieven/4?x=1")).toBe(key("/initiatieven/4"));
    expect(key("/")).toBe(key("/?q=1"));
    // The render asks the app for that same normalised address, so the entry is what the key says.
    expect(cacheKeyOf(request("/cijfers?onzin=1&wijk=2"))?.path).toBe("/cijfers?wijk=2");
    expect(cacheKeyOf(request("/privacy?utm_source=a"))?.path).toBe("/privacy");
  });

  it("keeps a table of the open figures as /cijfers, by its filter and page", () => {
    expect(tagsOfPublicPage("/cijfers/tabel/wijken", new URLSearchParams("wijk=2"))).toEqual(["*", ...figuresRecomputed(statsFilterKey({ wijk: 2 }))]);
    expect(paramsOfPublicPage("/cijfers/tabel/wijken")).toEqual(expect.arrayContaining([...Object.keys(statsFilterSchema.shape), "pagina"]));
    expect(tagsOfPublicPage("/cijfers/tabel/../../account")).toBeNull();
  });

  it("keeps every parameter a page's filter reads", () => {
    expect(paramsOfPublicPage("/initiatieven")).toEqual(expect.arrayContaining(Object.keys(listFilterSchema.shape)));
    expect(paramsOfPublicPage("/activiteiten")).toEqual(expect.arrayContaining(Object.keys(activityFilterSchema.shape)));
    expect(paramsOfPublicPage("/cijfers")).toEqual(expect.arrayContaining(Object.keys(statsFilterSchema.shape)));
  });

  it("shares only a plain 200 HTML render with a nonce and without cookies", () => {
    const ok: Rendered = { status: 200, headers: [["content-type", "text/html; charset=utf-8"], ["content-security-policy", "script-src 'nonce-ABC'"], ["date", "x"]], body: Buffer.from('<script nonce="ABC">1</script>') };
    const shared = entryOf(ok, { tags: ["*"] }, 0)!;
    expect(shared.parts.map(String)).toEqual(['<script nonce="', '">1</script>']);
    expect(shared.headers).toEqual([["content-type", "text/html; charset=utf-8"], ["vary", "Accept-Encoding"], ["cache-control", "private, no-cache"]]);
    expect(entryOf({ ...ok, status: 404 }, { tags: ["*"] }, 0)).toBeNull();
    expect(entryOf({ ...ok, headers: [...ok.headers, ["set-cookie", "a=b"]] }, { tags: ["*"] }, 0)).toBeNull();
    expect(entryOf({ ...ok, headers: [["content-type", "text/html"]] }, { tags: ["*"] }, 0)).toBeNull();
  });
});

describe("serving from the cache", () => {
  let server: Server;
  let base = "";
  let renders = 0;
  let status = 200;
  let padding = "";
  let release: () => void = () => {};
  let gate: Promise<void> = Promise.resolve();

  async function render(): Promise<Rendered> {
    renders += 1;
    await gate;
    const nonce = `n${renders}`;
    return {
      status,
      headers: [["content-type", "text/html"], ["content-security-policy", `script-src 'nonce-${nonce}'`]],
      body: Buffer.from(`<p>render ${renders}</p><script nonce="${nonce}"></script>${padding}`),
    };
  }
  const passThrough = (response: ServerResponse) => () => response.writeHead(204).end();

  beforeAll(async () => {
    server = createServer((request, response) => {
      void servePublicPage(request, response, cacheKeyOf(request)!, render, passThrough(response));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("renders once for visitors who ask at the same time, and gives each a nonce of its own", async () => {
    renders = 0;
    gate = new Promise((resolve) => (release = resolve));
    const answers = Array.from({ length: 20 }, () => fetch(`${base}/activiteiten/901`));
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    const responses = await Promise.all(answers);
    expect(renders).toBe(1);
    const nonces = new Set<string>();
    for (const response of responses) {
      const nonce = response.headers.get("content-security-policy")!.match(/'nonce-([^']+)'/)![1]!;
      nonces.add(nonce);
      expect(await response.text()).toBe(`<p>render 1</p><script nonce="${nonce}"></script>`);
    }
    expect(nonces.size).toBe(20);
    expect((await fetch(`${base}/activiteiten/901`)).headers.get("x-page-cache")).toBe("hit");
  });

  it("renders again after a write, also when the write came during a render", async () => {
    renders = 0;
    gate = new Promise((resolve) => (release = resolve));
    const during = fetch(`${base}/activiteiten/902`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    pageCache().invalidate(activityChanged(902));
    await pageCache().published();
    release();
    expect(await (await during).text()).toContain("render 1");
    expect(await (await fetch(`${base}/activiteiten/902`)).text()).toContain("render 2");
    expect(await (await fetch(`${base}/activiteiten/902`)).text()).toContain("render 2");
    pageCache().invalidate(activityChanged(902));
    await pageCache().published();
    expect(await (await fetch(`${base}/activiteiten/902`)).text()).toContain("render 3");
  });

  it("sends a render it cannot share to its own visitor only; the others go to the app", async () => {
    renders = 0;
    status = 404;
    gate = new Promise((resolve) => (release = resolve));
    const answers = [fetch(`${base}/initiatieven/903`), fetch(`${base}/initiatieven/903`)];
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    expect((await Promise.all(answers)).map((response) => response.status).sort()).toEqual([204, 404]);
    status = 200;
  });

  it("gzips for browsers that accept it", async () => {
    gate = Promise.resolve();
    padding = "x".repeat(2000);
    const response = await fetch(`${base}/initiatieven`, { headers: { "accept-encoding": "gzip" } });
    expect(response.headers.get("content-encoding")).toBe("gzip");
    expect(await response.text()).toMatch(/^<p>render \d+<\/p>/);
  });
});
