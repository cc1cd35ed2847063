import { NextResponse, type NextRequest } from "next/server";
import { listFilterSchema } from "@/lib/initiatives/schema";
import { findSimilarIdeas } from "@/lib/initiatives/queries/similar";

/** GET /api/v1/initiatives/similar?q=...: up to three published ideas that look like a typed title. */
export function GET(request: NextRequest) {
  const q = listFilterSchema.shape.q.parse(request.nextUrl.searchParams.get("q") ?? "");
  return NextResponse.json(
    { items: findSimilarIdeas(q) },
    { headers: { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" } },
  );
}
