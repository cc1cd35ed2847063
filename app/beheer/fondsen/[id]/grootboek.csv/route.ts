import type { NextRequest } from "next/server";
import { guardRoute } from "@/lib/platform/auth/guards";
import { fundLedger } from "@/lib/funds/queries/ledger";
import { YEAR_MAX, YEAR_MIN } from "@/lib/funds/fields";
import { fundName } from "@/lib/funds/queries/funds";
import { parseId } from "@/lib/platform/params";
import { csvResponse, tableToCsv } from "@/lib/stats/csv";

/** The ledger of one fund and year as CSV, for the municipality's bookkeeping (beheerder). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const user = await guardRoute("fund:manage");
  if (user instanceof Response) return user;
  const id = parseId((await params).id);
  const year = Number(request.nextUrl.searchParams.get("jaar") ?? new Date().getUTCFullYear());
  const name = id ? fundName(id) : null;
  if (!id || !name || !Number.isInteger(year) || year < YEAR_MIN || year > YEAR_MAX) {
    return Response.json({ error: "Dit fonds of jaar bestaat niet." }, { status: 404 });
  }
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return csvResponse(tableToCsv(fundLedger(id, year)), `grootboek-${slug}-${year}.csv`);
}
