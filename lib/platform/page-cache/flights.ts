import { pageCache, type CachedPage } from "./store";
import { entryOf, type Cacheable, type Rendered } from "./entry";

export type FlightResult = { rendered: Rendered; entry: CachedPage | null } | null;
export type Flight = { renderedFrom: number; result: Promise<FlightResult> };

const flights = new Map<string, Flight>();
/** How long the last render of each page took, start to end (the thread is shared, so under load more than its own work). */
const lastRenderMs = new Map<string, number>();

/** The render of `key` under way, if any. */
export const flightOf = (key: string): Flight | undefined => flights.get(key);

export const lastRenderTime = (key: string): number | undefined => lastRenderMs.get(key);

/** Renders the page of `key` once, keeps it when it may be shared, and lets others wait for it. */
export function startFlight(key: string, cacheable: Cacheable, render: () => Promise<Rendered>): Flight {
  const cache = pageCache();
  const renderedFrom = cache.now();
  const startedAt = performance.now();
  const own: Flight = {
    renderedFrom,
    result: render().then(
      (rendered) => ({ rendered, entry: entryOf(rendered, cacheable, renderedFrom) }),
      () => null,
    ),
  };
  flights.set(key, own);
  void own.result.then((result) => {
    if (flights.get(key) === own) flights.delete(key);
    lastRenderMs.set(key, performance.now() - startedAt);
    if (result?.entry) cache.put(key, result.entry);
  });
  return own;
}
