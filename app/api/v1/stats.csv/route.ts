import type { NextRequest } from "next/server";
import { csvResponse, tablesToLongCsv, tableToCsv } from "@/lib/stats/csv";
import { currentReport } from "@/lib/stats/current";
import { parseStatsFilter } from "@/lib/stats/filters";

/** Open data as CSV: one table with ?tabel=…, else all public tables in one long file (tabel, rij, maat, waarde). */
export function GET(request: NextRequest) {
  const params = Object.fromEntries(request.nextUrl.searchParams);
  const { tables } = currentReport(parseStatsFilter(params), "publiek");
  if (!params.tabel) return csvResponse(tablesToLongCsv(tables), "burgers-maken-cijfers.csv");
  const table = tables.find((t) => t.id === params.tabel);
  if (!table) return Response.json({ error: "Deze tabel bestaat niet." }, { status: 404 });
  return csvResponse(tableToCsv(table), `burgers-maken-${table.id}.csv`);
}
