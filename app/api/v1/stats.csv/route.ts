import type { NextRequest } from "next/server";
import { csvResponse, tablesToLongCsv, tableToCsv } from "@/lib/stats/csv";
import { currentFigures } from "@/lib/stats/current";
import { parseStatsFilter } from "@/lib/stats/filters";
import { presentFigures } from "@/lib/stats/present";
import { figureTables } from "@/lib/stats/tables";

/** Open data as CSV: one table with ?tabel=…, else all public tables in one long file (tabel, rij, maat, waarde). */
export function GET(request: NextRequest) {
  const params = Object.fromEntries(request.nextUrl.searchParams);
  const tables = figureTables(presentFigures(currentFigures(parseStatsFilter(params)), "publiek"));
  if (!params.tabel) return csvResponse(tablesToLongCsv(tables), "burgers-maken-cijfers.csv");
  const table = tables.find((t) => t.id === params.tabel);
  if (!table) return Response.json({ error: "Deze tabel bestaat niet." }, { status: 404 });
  return csvResponse(tableToCsv(table), `burgers-maken-${table.id}.csv`);
}
