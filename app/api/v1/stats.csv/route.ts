import type { NextRequest } from "next/server";
import { OPEN_DATA_HEADERS, openDataJson } from "@/lib/open-data/licence";
import { csvResponse, tablesToLongCsv, tableToCsv } from "@/lib/stats/csv";
import { currentReport } from "@/lib/stats/current";
import { parseStatsFilter } from "@/lib/stats/filters";

/** Open data as CSV: one table with ?tabel=…, else all public tables in one long file (tabel, rij, maat, waarde). */
export async function GET(request: NextRequest) {
  const params = Object.fromEntries(request.nextUrl.searchParams);
  const { tables } = await currentReport(parseStatsFilter(params), "publiek");
  if (!params.tabel) return csvResponse(tablesToLongCsv(tables), "burgers-maken-cijfers.csv", OPEN_DATA_HEADERS);
  const table = tables.find((t) => t.id === params.tabel);
  if (!table) return openDataJson({ error: "Deze tabel bestaat niet." }, "no-store", 404);
  return csvResponse(tableToCsv(table), `burgers-maken-${table.id}.csv`, OPEN_DATA_HEADERS);
}
