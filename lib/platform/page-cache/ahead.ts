import type { Cacheable, Rendered } from "./entry";
import { flightOf, lastRenderTime, startFlight } from "./flights";
import { pageCache } from "./store";
import type { TagChange } from "./tag-log";

/** A page counts as asked for while a visitor came this recently. */
const ASKED_FOR_MS = 2_000;
/** Before the first render of a page is timed. */
const GUESSED_RENDER_MS = 30;
/** At least this early: a timer fires late on a busy thread. */
const MIN_LEAD_MS = 25;
const MAX_LEAD_MS = 200;
/** Pages noted at most; beyond it the ones asked for longest ago are forgotten. */
const MAX_PAGES = 2_000;

type Asked = { cacheable: Cacheable; render: () => Promise<Rendered>; at: number };

const asked = new Map<string, Asked>();
const keysByTag = new Map<string, Set<string>>();
/** Per page and step it is rendered ahead of (one render per step), the last change in that step. */
const scheduled = new Map<string, number>();
let listening = false;

/**
 * Notes that a visitor asked for a page. While it is asked for, a change that waits for its step
 * (lib/platform/page-cache/tag-log.ts) has the page rendered again shortly before the step counts,
 * as long before as its last render took: at the step the new page is there, and the visitors of
 * a busy page do not wait for its render. Whether a render may be kept and served is decided as
 * for any render, by the changes it began after; a change that joined the step after it began
 * makes it stale at the step, and the next visitor has it rendered again as before.
 */
export function noteVisit(cacheable: Cacheable, render: () => Promise<Rendered>): void {
  if (!listening) {
    listening = true;
    pageCache().onWaitingChange(renderAhead);
  }
  const known = asked.get(cacheable.key);
  if (known) asked.delete(cacheable.key);
  // Map order: the page asked for longest ago first.
  asked.set(cacheable.key, { cacheable, render, at: Date.now() });
  if (known) return;
  if (asked.size > MAX_PAGES) {
    const [oldest, page] = asked.entries().next().value!;
    forget(oldest, page);
  }
  for (const tag of cacheable.tags) {
    let keys = keysByTag.get(tag);
    if (!keys) keysByTag.set(tag, (keys = new Set()));
    keys.add(cacheable.key);
  }
}

function forget(key: string, { cacheable }: Asked): void {
  asked.delete(key);
  for (const tag of cacheable.tags) keysByTag.get(tag)?.delete(key);
}

function renderAhead(change: TagChange): void {
  const now = Date.now();
  for (const key of keysByTag.get(change.tag) ?? []) {
    const page = asked.get(key)!;
    if (now - page.at > ASKED_FOR_MS) {
      forget(key, page);
      continue;
    }
    const step = `${change.countsFrom} ${key}`;
    const known = scheduled.get(step);
    scheduled.set(step, Math.max(known ?? 0, change.seq));
    if (known !== undefined) continue;
    const lead = Math.min(Math.max(lastRenderTime(key) ?? GUESSED_RENDER_MS, MIN_LEAD_MS), MAX_LEAD_MS);
    setTimeout(() => renderNow(key, step), Math.max(0, change.countsFrom - lead - now)).unref();
  }
}

function renderNow(key: string, step: string): void {
  const lastChange = scheduled.get(step)!;
  scheduled.delete(step);
  const page = asked.get(key);
  const kept = pageCache().peek(key);
  if (!page || flightOf(key) || (kept && kept.renderedFrom >= lastChange)) return;
  startFlight(key, page.cacheable, page.render);
}
