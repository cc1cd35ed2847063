import { getActivity } from "@/lib/activities/queries/activities";
import { rosterCsv } from "@/lib/activities/csv";
import { getRoster } from "@/lib/activities/queries/staff";
import { guardRoute } from "@/lib/platform/auth/guards";
import { parseId } from "@/lib/platform/params";

/** The list as CSV for a spreadsheet. Personal data: staff only, checked here, not in the proxy. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await guardRoute("activity:manage");
  if (user instanceof Response) return user;
  const id = parseId((await params).id);
  const activity = id ? getActivity(id) : null;
  if (!activity) return new Response("Deze activiteit bestaat niet.", { status: 404 });
  return new Response(rosterCsv(getRoster(activity.id)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="aanmeldingen-${activity.id}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
