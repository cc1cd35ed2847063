import type { NextRequest } from "next/server";
import { apiActivity } from "@/lib/activities/api";
import { listActivities } from "@/lib/activities/queries/activities";
import { activityFilterSchema } from "@/lib/activities/schema";
import { openDataJson } from "@/lib/open-data/licence";

/**
 * GET /api/v1/activities: the public list of activities, with the filters of /activiteiten
 * (tijd=komend|voorbij, wijk, reeks, pagina) and its pages.
 */
export function GET(request: NextRequest) {
  const filter = activityFilterSchema.parse(Object.fromEntries(request.nextUrl.searchParams));
  const { items, hasNext } = listActivities({ wijkId: filter.wijk, seriesId: filter.reeks, past: filter.tijd === "voorbij", page: filter.pagina });
  return openDataJson(
    { filter: { tijd: filter.tijd, wijk: filter.wijk ?? null, reeks: filter.reeks ?? null }, items: items.map(apiActivity), page: filter.pagina, hasNext },
    "public, max-age=60",
  );
}
