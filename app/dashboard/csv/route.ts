import type { NextRequest } from "next/server";
import { guardRoute } from "@/lib/platform/auth/guards";
import { csvResponse, tableToCsv } from "@/lib/stats/csv";
import { currentReport } from "@/lib/stats/current";
import { parseStatsFilter } from "@/lib/stats/filters";

/** One dashboard table as CSV, with the same filters as the page; alliance and beheerder only. */
export async function GET(request: NextRequest) {
  const user = await guardRoute("dashboard:view");
  if (user instanceof Response) return user;
  const params = Object.fromEntries(request.nextUrl.searchParams);
  const { tables } = await currentReport(parseStatsFilter(params), "alliantie");
  const table = tables.find((t) => t.id === params.tabel);
  if (!table) return Response.json({ error: "Deze tabel bestaat niet." }, { status: 404 });
  return csvResponse(tableToCsv(table), `burgers-maken-${table.id}.csv`);
}
