import { computeFigures } from "./figures";
import type { StatsFilter } from "./filters";
import { presentFigures, type Audience, type PresentedFigures } from "./present";
import { figureTables, type StatsTable } from "./tables";

/** The figures as one audience may see them, with their tables. */
export type Report = { figures: PresentedFigures; tables: StatsTable[] };
export type Reports = Record<Audience, Report>;

/**
 * Every figure for a filter, for each audience, with the tables: what the figures thread makes.
 * Shaping the tables of every activity costs more than counting at small scale (~80 ms for
 * 5,000 activities), so it happens there too, once per recompute, not on the server's main thread.
 */
export function figureReports(filter: StatsFilter, now: number): Reports {
  const figures = computeFigures(filter, now);
  const report = (audience: Audience): Report => {
    const presented = presentFigures(figures, audience);
    return { figures: presented, tables: figureTables(presented) };
  };
  return { alliantie: report("alliantie"), publiek: report("publiek") };
}

/** A report as JSON bytes: moved from the figures thread without a copy, read once it is asked for. */
export type EncodedReports = Record<Audience, Uint8Array<ArrayBuffer>>;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function encodeReports(reports: Reports): EncodedReports {
  return { alliantie: encoder.encode(JSON.stringify(reports.alliantie)), publiek: encoder.encode(JSON.stringify(reports.publiek)) };
}

export function decodeReport(bytes: Uint8Array): Report {
  return JSON.parse(decoder.decode(bytes)) as Report;
}
