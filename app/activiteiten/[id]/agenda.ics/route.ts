import { calendarFile } from "@/lib/activities/calendar";
import { listCalendarActivities } from "@/lib/activities/queries/activities";
import { siteUrl } from "@/lib/platform/site-url";
import { parseId } from "@/lib/platform/params";

// Public like the activity page itself: no personal data in it.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  const items = id ? listCalendarActivities({ id }) : [];
  if (items.length === 0) return new Response("Deze activiteit bestaat niet.", { status: 404 });
  return new Response(calendarFile(items, siteUrl()), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="activiteit-${id}.ics"`,
    },
  });
}
