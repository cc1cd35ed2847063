import "server-only";
import { cachedValue } from "@/lib/page-cache/values";
import { computeFigures, type Figures } from "./figures";
import type { StatsFilter } from "./filters";

/**
 * The figures for a filter as of the last write: computing them takes ~100 ms at Heerlen-Noord
 * scale, so they are computed once per write (and at least once a minute), not per view.
 */
export function currentFigures(filter: StatsFilter): Figures {
  return cachedValue(`figures:${JSON.stringify(filter.input)}`, ["*", "figures"], () => computeFigures(filter));
}
