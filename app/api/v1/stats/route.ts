import type { NextRequest } from "next/server";
import { openDataJson } from "@/lib/open-data/licence";
import { currentReport } from "@/lib/stats/current";
import { parseStatsFilter } from "@/lib/stats/filters";

/** Open data: the public figures as JSON, with the same filters as /cijfers. Never personal data. */
export async function GET(request: NextRequest) {
  const filter = parseStatsFilter(Object.fromEntries(request.nextUrl.searchParams));
  const { figures, madeAt } = await currentReport(filter, "publiek");
  return openDataJson(
    { filter: { van: filter.input.van ?? null, tot: filter.input.tot ?? null, wijk: filter.input.wijk ?? null }, generatedAt: new Date(madeAt).toISOString(), ...figures },
    "no-store",
  );
}
