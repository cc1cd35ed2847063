import type { NextRequest } from "next/server";
import { apiCard } from "@/lib/initiatives/api";
import { listPublished } from "@/lib/initiatives/queries/lists";
import { listFilterSchema } from "@/lib/initiatives/schema";
import { openDataJson } from "@/lib/open-data/licence";

/** GET /api/v1/initiatives: published ideas, 20 per page, with the filters of the list page. */
export function GET(request: NextRequest) {
  const filter = listFilterSchema.parse(Object.fromEntries(request.nextUrl.searchParams));
  const { items, total, pages } = listPublished(filter);
  return openDataJson({ items: items.map(apiCard), page: filter.pagina, pages, total }, "public, max-age=60");
}
