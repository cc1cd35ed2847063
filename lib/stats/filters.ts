import { z } from "zod";
import "@/lib/platform/forms/zod-dutch";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)));

/** The filters of the dashboard, /cijfers and /api/v1/stats, read from the URL. Bad values are ignored. */
export const statsFilterSchema = z.object({
  van: isoDate.optional().catch(undefined),
  tot: isoDate.optional().catch(undefined),
  wijk: z.coerce.number().int().positive().optional().catch(undefined),
});

export type StatsFilterInput = z.infer<typeof statsFilterSchema>;

/** A period in Unix milliseconds: [from, toExclusive). Days are whole UTC days, "tot" included. */
export type StatsFilter = { from: number | null; toExclusive: number | null; wijkId: number | null; input: StatsFilterInput };

const DAY = 86_400_000;

export function parseStatsFilter(params: Record<string, string | string[] | undefined>): StatsFilter {
  const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const input = statsFilterSchema.parse({ van: single(params.van), tot: single(params.tot), wijk: single(params.wijk) });
  return {
    from: input.van ? Date.parse(`${input.van}T00:00:00Z`) : null,
    toExclusive: input.tot ? Date.parse(`${input.tot}T00:00:00Z`) + DAY : null,
    wijkId: input.wijk ?? null,
    input,
  };
}

/** One string per distinct filter: what the figures are kept under, and the tag of their pages. */
export function statsFilterKey(input: StatsFilterInput): string {
  return JSON.stringify(input);
}

/** The page of one table under an overview (/cijfers or /dashboard), with the same filters. */
export const tablePageOf = (overview: string, input: StatsFilterInput) => (tableId: string) => `${overview}/tabel/${tableId}${filterQuery(input)}`;

/** The same filters as a query string, for links and CSV downloads. */
export function filterQuery(input: StatsFilterInput, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(extra);
  if (input.van) params.set("van", input.van);
  if (input.tot) params.set("tot", input.tot);
  if (input.wijk) params.set("wijk", String(input.wijk));
  const query = params.toString();
  return query ? `?${query}` : "";
}
