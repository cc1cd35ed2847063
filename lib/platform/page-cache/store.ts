import { getDb } from "@/db/client";
import { MemoryTagLog, SqliteTagLog, type TagLog } from "./tag-log";

/**
 * The HTML of public pages as visitors without a session get them, kept in memory of the server
 * process. Entries carry the tags of the data they show. The changes of tags live in a log shared
 * by all processes (SQLite): a write bumps its tags in its own transaction, and every lookup first
 * reads what changed since, so no visitor of any process gets a page older than the last write.
 * The nonce of the render is cut out: every response gets a new one.
 */

/** When something kept was made, and from which data. */
export type Freshness = {
  tags: string[];
  /** The log's sequence when the render (or computation) started: a tag changed after it makes it stale. */
  renderedFrom: number;
  storedAt: number;
};

export type CachedPage = Freshness & {
  /** The body split at the render's nonce: joined with a fresh nonce per response. */
  parts: Buffer[];
  headers: [string, string][];
  bytes: number;
};

export type PageCacheLimits = { maxBytes: number; maxAgeMs: number };

/** Pages also depend on the time of day ("over 3 dagen", deadlines): none is kept for longer. */
const DEFAULT_LIMITS: PageCacheLimits = { maxBytes: 64 * 1024 * 1024, maxAgeMs: 60_000 };

export class PageCache {
  private clock = 0;
  private readonly changedAt = new Map<string, number>();
  /** Map order is least recently used first. */
  private readonly entries = new Map<string, CachedPage>();
  private bytes = 0;

  constructor(
    private readonly log: TagLog = new MemoryTagLog(),
    private readonly limits: PageCacheLimits = DEFAULT_LIMITS,
  ) {}

  /** Call after the write committed: a render that started before this call is stale. */
  invalidate(tags: string[]): void {
    this.log.bump(tags);
    this.catchUp(true);
  }

  /** Reads the changes made since the last look (by any process), when there may be any. */
  private catchUp(certainly = false): void {
    if (!certainly && !this.log.mayHaveNews()) return;
    for (const { tag, seq } of this.log.changesSince(this.clock)) {
      this.changedAt.set(tag, seq);
      if (seq > this.clock) this.clock = seq;
    }
  }

  /** The moment a render starts, to pass to `isFresh` and `put`. */
  now(): number {
    this.catchUp();
    return this.clock;
  }

  isFresh(tags: string[], renderedFrom: number): boolean {
    this.catchUp();
    return tags.every((tag) => (this.changedAt.get(tag) ?? 0) <= renderedFrom);
  }

  /** What may still be served: no tag changed since it was made, and not older than the maximum age. */
  isCurrent(kept: Freshness, now = Date.now()): boolean {
    return now - kept.storedAt < this.limits.maxAgeMs && this.isFresh(kept.tags, kept.renderedFrom);
  }

  get(key: string, now = Date.now()): CachedPage | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (!this.isCurrent(entry, now)) {
      this.bytes -= entry.bytes;
      return undefined;
    }
    this.entries.set(key, entry);
    return entry;
  }

  /** Stores a render unless a write made it stale while it ran. */
  put(key: string, entry: CachedPage): void {
    if (!this.isFresh(entry.tags, entry.renderedFrom) || entry.bytes > this.limits.maxBytes) return;
    const previous = this.entries.get(key);
    if (previous) {
      this.entries.delete(key);
      this.bytes -= previous.bytes;
    }
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.limits.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= old.bytes;
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

const GLOBAL_KEY = Symbol.for("burgers-maken.page-cache");

/**
 * The one cache of this process. The server (scripts/serve.ts) and the app's bundled server code
 * load this module separately, so the instance lives on globalThis.
 */
export function pageCache(): PageCache {
  const holder = globalThis as typeof globalThis & { [GLOBAL_KEY]?: PageCache };
  holder[GLOBAL_KEY] ??= new PageCache(new SqliteTagLog(getDb()));
  return holder[GLOBAL_KEY];
}
