import { getDb } from "@/db/client";
import { MemoryTagLog, SqliteTagLog, type TagChange, type TagLog } from "./tag-log";

/**
 * The HTML of public pages as visitors without a session get them, kept in memory of the server
 * process. Entries carry the tags of the data they show. The changes of tags live in a log shared
 * by all processes (SQLite): a write bumps its tags in its own transaction, and every lookup first
 * reads what changed since, so no visitor of any process gets a page older than the last write.
 * The nonce of the render is cut out: every response gets a new one.
 *
 * A change counts for visitors from the moment the log gives it (`countsFrom`): at once on a quiet
 * tag, at the next step of 250 ms on a busy one, and a write is answered only once its changes
 * count (`published`). Twenty backings a second cost each page four renders, not twenty; no
 * visitor is ever given a page older than a write that was answered.
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
  /** The parts compressed, made on the first request that accepts gzip (about a fifth of `bytes`, not counted). */
  deflated?: Promise<Buffer[]>;
};

export type PageCacheLimits = { maxBytes: number; maxAgeMs: number };

/** Pages also depend on the time of day ("over 3 dagen", deadlines): none is kept for longer. */
const DEFAULT_LIMITS: PageCacheLimits = { maxBytes: 64 * 1024 * 1024, maxAgeMs: 60_000 };

export class PageCache {
  /** The last change read from the log: a render that starts now shows everything up to it. */
  private seen = 0;
  /** Per tag, the last change that counts. */
  private readonly changedAt = new Map<string, number>();
  /** Changes read that do not count yet, and when the first of them does. */
  private pending: TagChange[] = [];
  private nextCount = Number.POSITIVE_INFINITY;
  /** Map order is least recently used first. */
  private readonly entries = new Map<string, CachedPage>();
  private bytes = 0;

  constructor(
    private readonly log: TagLog = new MemoryTagLog(),
    private readonly limits: PageCacheLimits = DEFAULT_LIMITS,
  ) {}

  /** Call after the write committed: a render that started before this call is stale once the change counts. */
  invalidate(tags: string[]): void {
    this.log.bump(tags);
    this.catchUp(true);
  }

  /**
   * Resolves once every change committed so far counts for every visitor of every process (all
   * processes share the log and the clock): a write is answered after this, so a page asked for
   * after the answer shows it.
   */
  async published(): Promise<void> {
    this.catchUp(true);
    const until = this.pending.reduce((latest, change) => Math.max(latest, change.countsFrom), 0);
    while (Date.now() < until) await new Promise((resolve) => setTimeout(resolve, until - Date.now()));
  }

  /** Reads the changes made since the last look (by any process), and counts those whose time has come. */
  private catchUp(certainly = false, now = Date.now()): void {
    if (certainly || this.log.mayHaveNews()) {
      for (const change of this.log.changesSince(this.seen)) {
        this.pending.push(change);
        this.nextCount = Math.min(this.nextCount, change.countsFrom);
        if (change.seq > this.seen) this.seen = change.seq;
      }
    }
    if (now < this.nextCount) return;
    this.nextCount = Number.POSITIVE_INFINITY;
    this.pending = this.pending.filter((change) => {
      if (change.countsFrom > now) {
        this.nextCount = Math.min(this.nextCount, change.countsFrom);
        return true;
      }
      if ((this.changedAt.get(change.tag) ?? 0) < change.seq) this.changedAt.set(change.tag, change.seq);
      return false;
    });
  }

  /** The moment a render starts, to pass to `isFresh` and `put`. */
  now(): number {
    this.catchUp();
    return this.seen;
  }

  isFresh(tags: string[], renderedFrom: number, now = Date.now()): boolean {
    this.catchUp(false, now);
    return tags.every((tag) => (this.changedAt.get(tag) ?? 0) <= renderedFrom);
  }

  /** What may still be served: no tag changed since it was made, and not older than the maximum age. */
  isCurrent(kept: Freshness, now = Date.now()): boolean {
    return now - kept.storedAt < this.limits.maxAgeMs && this.isFresh(kept.tags, kept.renderedFrom, now);
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
