import { pageCache, type Freshness } from "./store";

type Kept = Freshness & { value: unknown };

const MAX_VALUES = 256;
const GLOBAL_KEY = Symbol.for("burgers-maken.cached-values");

function values(): Map<string, Kept> {
  const holder = globalThis as typeof globalThis & { [GLOBAL_KEY]?: Map<string, Kept> };
  holder[GLOBAL_KEY] ??= new Map();
  return holder[GLOBAL_KEY];
}

/**
 * A value computed from the data behind `tags` (e.g. every figure of the dashboard for one filter),
 * kept until a write invalidates one of its tags, like the pages (lib/platform/page-cache/changed.ts),
 * and never longer than a page.
 */
export function cachedValue<T>(key: string, tags: string[], compute: () => T, now = Date.now()): T {
  const cache = pageCache();
  const kept = values().get(key);
  if (kept && cache.isCurrent(kept, now)) return kept.value as T;
  const renderedFrom = cache.now();
  const value = compute();
  values().delete(key);
  values().set(key, { value, tags, renderedFrom, storedAt: now });
  if (values().size > MAX_VALUES) values().delete(values().keys().next().value!);
  return value;
}
