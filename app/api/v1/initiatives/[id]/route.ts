import { NextResponse } from "next/server";
import { apiDetail } from "@/lib/initiatives/api";
import { getInitiativeDetail } from "@/lib/initiatives/detail-queries";
import { parseId } from "@/lib/params";

/** GET /api/v1/initiatives/{id}: one published idea; anything else is a 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  const initiative = id ? getInitiativeDetail(id, null) : null;
  if (!initiative) return NextResponse.json({ error: "not_found" }, { status: 404 });
  return NextResponse.json(apiDetail(initiative), { headers: { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" } });
}
