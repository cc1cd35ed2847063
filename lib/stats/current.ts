import "server-only";
import { cachedValue } from "@/lib/page-cache/values";
import { computeFigures, type Figures } from "./figures";
import type { StatsFilter } from "./filters";
import { presentFigures, type Audience, type PresentedFigures } from "./present";
import { figureTables, type StatsTable } from "./tables";

const TAGS = ["*", "figures"];

function currentFigures(filter: StatsFilter): Figures {
  return cachedValue(`figures:${JSON.stringify(filter.input)}`, TAGS, () => computeFigures(filter));
}

/**
 * The figures for a filter as one audience may see them, with their tables, as of the last write.
 * Computing them takes ~65 ms at Heerlen-Noord scale (and shaping the tables of every activity
 * more than rendering them), so it happens once per write (and at least once a minute), not per view.
 */
export function currentReport(filter: StatsFilter, audience: Audience): { figures: PresentedFigures; tables: StatsTable[] } {
  return cachedValue(`report:${audience}:${JSON.stringify(filter.input)}`, TAGS, () => {
    const figures = presentFigures(currentFigures(filter), audience);
    return { figures, tables: figureTables(figures) };
  });
}
