import "server-only";
import { pageCache, type Freshness, type PageCache } from "@/lib/platform/page-cache/store";
import { figuresRecomputed } from "@/lib/platform/page-cache/tags";
import { statsFilterKey, type StatsFilter } from "./filters";
import { FiguresThread } from "./figures-worker";
import type { Audience } from "./present";
import { decodeReport, type EncodedReports, type Report } from "./reports";
import { env } from "@/lib/platform/env";

const TAGS = ["*", "figures"];
/** Results kept per process, one per filter; each holds every activity's row, so not too many. */
const MAX_KEPT = 32;
/**
 * A filter asked for this recently is kept current without waiting for the next request; only the
 * last few, so that many filters (any two dates make one) cannot keep the thread busy for ever.
 */
const WATCH_MS = 60_000;
const MAX_WATCHED = 8;
/** The longest a page waits for the figures thread: only for a filter never counted before. */
export const PAGE_WAIT_MS = 50;

/**
 * The figures of one filter with their tables; `madeAt` is when their computation started, and
 * `recounting` says that a write changed the data since and a recompute is under way.
 */
export type CurrentReport = Report & { madeAt: number; ageMs: number; recounting: boolean };
type Made = Freshness & { encoded: EncodedReports; reports: Partial<Record<Audience, Report>> };
/** A recompute that waits for its gap or runs; `renderedFrom` is set when it starts reading. */
type Running = { done: Promise<Made>; renderedFrom: number };

export type ComputeReports = (filter: StatsFilter, now: number) => Promise<EncodedReports>;

/**
 * The last complete figures per filter. Computing them takes ~65 ms at Heerlen-Noord scale and
 * ~780 ms at ten times that, so it never happens on the request's path: a request gets the last
 * complete result at once, with its age, and when a write changed the data since (or it is older
 * than a page may be), one recompute starts in the figures thread; a filter asked for in the last
 * minute is also recounted after a write without a request. Only the very first request for a
 * filter can wait for the thread: an API call or download until the count is done, a page at most
 * `PAGE_WAIT_MS` (it then says that the figures are being counted; `reportWithin`).
 */
export class LatestFigures {
  private readonly made = new Map<string, Made>();
  private readonly running = new Map<string, Running>();
  private readonly queued = new Map<string, Promise<Made>>();
  /** When each filter was last asked for, with the filter. */
  private readonly asked = new Map<string, { filter: StatsFilter; at: number }>();
  private watcher: ReturnType<typeof setInterval> | undefined;

  /**
   * `checkEveryMs`: how often the filters asked for lately are checked for writes. `minGapMs`: the
   * least time between the starts of two recomputes of one filter that already has a result; under
   * a steady stream of writes it keeps the thread from taking a whole core for figures that are
   * shown with their age anyway.
   */
  constructor(
    private readonly compute: ComputeReports,
    private readonly cache: PageCache = pageCache(),
    private readonly checkEveryMs = 1_000,
    private readonly minGapMs = 0,
  ) {}

  async report(filter: StatsFilter, audience: Audience, now = Date.now()): Promise<CurrentReport> {
    const key = statsFilterKey(filter.input);
    this.watch(key, filter, now);
    const kept = this.made.get(key);
    const recompute = kept && this.cache.isCurrent(kept, now) ? undefined : this.recompute(key, filter);
    // A failed recompute is logged where it runs; a request with a result to show does not fail.
    if (kept) recompute?.catch(() => undefined);
    const made = kept ?? (await recompute!);
    const recounting = made === kept && recompute !== undefined;
    made.reports[audience] ??= decodeReport(made.encoded[audience]);
    return { ...made.reports[audience], madeAt: made.storedAt, ageMs: Math.max(0, Date.now() - made.storedAt), recounting };
  }

  /**
   * The report for a page: as `report`, but when this filter was never counted and the first count
   * takes longer than `waitMs`, null (the page says "Wij tellen de cijfers nu") instead of waiting.
   * The count goes on; its result drops the pages of this filter kept in the cache (`keep`).
   */
  async reportWithin(filter: StatsFilter, audience: Audience, waitMs = PAGE_WAIT_MS): Promise<CurrentReport | null> {
    if (this.made.has(statsFilterKey(filter.input))) return this.report(filter, audience);
    const first = this.report(filter, audience);
    first.catch(() => undefined);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<null>((resolve) => (timer = setTimeout(resolve, waitMs, null)));
    try {
      return await Promise.race([first, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * The filters asked for in the last minute (the last 8) are recounted after a write without
   * waiting for a request: a cached /cijfers is not dropped by every write (re-rendering it 20
   * times a second would show the same figures), only by a new result (`keep`), so something
   * else must notice the write.
   */
  private watch(key: string, filter: StatsFilter, now: number): void {
    this.asked.delete(key);
    this.asked.set(key, { filter, at: now });
    if (this.asked.size > MAX_WATCHED) this.asked.delete(this.asked.keys().next().value!);
    this.watcher ??= setInterval(() => {
      const at = Date.now();
      for (const [watched, { filter: asked, at: askedAt }] of this.asked) {
        if (at - askedAt > WATCH_MS) this.asked.delete(watched);
        const kept = this.made.get(watched);
        if (kept && this.asked.has(watched) && !this.cache.isCurrent(kept, at)) this.recompute(watched, asked).catch(() => undefined);
      }
      if (this.asked.size === 0) this.stopWatching();
    }, this.checkEveryMs).unref();
  }

  /** Stops checking for writes until the next request (tests). */
  stopWatching(): void {
    clearInterval(this.watcher);
    this.watcher = undefined;
  }

  /** Resolves when no recompute runs or waits any more (tests, and the benchmark's warm-up). */
  async settled(): Promise<void> {
    while (this.running.size + this.queued.size > 0) {
      await Promise.allSettled([...[...this.running.values()].map((run) => run.done), ...this.queued.values()]);
    }
  }

  /**
   * One recompute per filter at a time. When a write came after the running one started, one
   * more follows it (at most one waits, however many requests ask), never behind a growing queue.
   */
  private recompute(key: string, filter: StatsFilter): Promise<Made> {
    const running = this.running.get(key);
    if (!running) return this.start(key, filter);
    if (this.cache.isFresh(TAGS, running.renderedFrom)) return running.done;
    let queued = this.queued.get(key);
    if (!queued) {
      queued = running.done
        .catch(() => undefined)
        .then(() => {
          this.queued.delete(key);
          return this.start(key, filter);
        });
      this.queued.set(key, queued);
    }
    return queued;
  }

  /** Starts a recompute once the gap since the kept result's own start has passed. */
  private start(key: string, filter: StatsFilter): Promise<Made> {
    const kept = this.made.get(key);
    const wait = kept ? Math.max(0, kept.storedAt + this.minGapMs - Date.now()) : 0;
    // While it waits for its gap, the run counts as fresh: it reads everything written until it starts.
    const run: Running = {
      renderedFrom: Number.POSITIVE_INFINITY,
      done: new Promise((resolve) => setTimeout(resolve, wait)).then(() => this.count(key, filter, run)).finally(() => this.running.delete(key)),
    };
    this.running.set(key, run);
    run.done.catch((error: unknown) => console.error("Figures recompute failed:", error));
    return run.done;
  }

  private async count(key: string, filter: StatsFilter, run: Running): Promise<Made> {
    // Taken before the thread starts reading: a write after this moment makes the result stale.
    run.renderedFrom = this.cache.now();
    const startedAt = Date.now();
    const encoded = await this.compute(filter, startedAt);
    return this.keep(key, { encoded, reports: {}, tags: TAGS, renderedFrom: run.renderedFrom, storedAt: startedAt });
  }

  private keep(key: string, made: Made): Made {
    this.made.delete(key);
    this.made.set(key, made);
    if (this.made.size > MAX_KEPT) this.made.delete(this.made.keys().next().value!);
    // A page kept in the cache (/cijfers) may have been made with the result this one replaces,
    // or, for a first count, while there was none ("Wij tellen de cijfers nu").
    this.cache.invalidate(figuresRecomputed(key));
    return made;
  }
}

const GLOBAL_KEY = Symbol.for("burgers-maken.latest-figures");

/** `FIGURES_MIN_GAP_MS`, default 5 s: figures at most ~5 s older than the last write. */
const figuresMinGapMs = () => env().figuresMinGapMs;

/** The one keeper (and thread) of this process, shared by every route that shows figures. */
function latestFigures(): LatestFigures {
  const holder = globalThis as typeof globalThis & { [GLOBAL_KEY]?: LatestFigures };
  if (!holder[GLOBAL_KEY]) {
    const thread = new FiguresThread();
    holder[GLOBAL_KEY] = new LatestFigures((filter, now) => thread.compute(filter, now), pageCache(), 1_000, figuresMinGapMs());
  }
  return holder[GLOBAL_KEY];
}

/**
 * The figures for a filter as one audience may see them, with their tables and their age; for a
 * filter never counted, it waits for the first count (API and downloads; pages use `pageReport`).
 */
export function currentReport(filter: StatsFilter, audience: Audience): Promise<CurrentReport> {
  return latestFigures().report(filter, audience);
}

/** The same for a page: null when the first count of this filter takes longer than 50 ms. */
export function pageReport(filter: StatsFilter, audience: Audience): Promise<CurrentReport | null> {
  return latestFigures().reportWithin(filter, audience);
}
