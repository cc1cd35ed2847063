import { apiDetail } from "@/lib/initiatives/api";
import { getInitiativeDetail } from "@/lib/initiatives/queries/detail";
import { openDataJson } from "@/lib/open-data/licence";
import { parseId } from "@/lib/platform/params";

/** GET /api/v1/initiatives/{id}: one published idea; anything else is a 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  const initiative = id ? getInitiativeDetail(id, null) : null;
  if (!initiative) return openDataJson({ error: "not_found" }, "public, max-age=60", 404);
  return openDataJson(apiDetail(initiative), "public, max-age=60");
}
