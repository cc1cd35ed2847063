import { calendarFile } from "@/lib/activities/calendar";
import { listCalendarActivities } from "@/lib/activities/queries/activities";
import { siteUrl } from "@/lib/platform/site-url";

export const dynamic = "force-dynamic";

/** A feed of all upcoming activities that a calendar app can subscribe to. Public, no personal data. */
export async function GET() {
  return new Response(calendarFile(listCalendarActivities({}), siteUrl()), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="activiteiten.ics"',
    },
  });
}
