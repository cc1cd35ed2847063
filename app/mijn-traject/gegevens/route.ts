import { phoneSession } from "@/lib/trajectories/phone-session";
import { phoneTrajectories } from "@/lib/trajectories/queries/own";

/** The data download of a person without an account: everything stored about their trajectory. */
export async function GET() {
  const trajectoryId = await phoneSession();
  const items = trajectoryId === null ? [] : phoneTrajectories(trajectoryId);
  if (items.length === 0) return new Response("Niet gevonden", { status: 404, headers: { "Cache-Control": "no-store" } });
  const data = {
    explanation: "Dit is alles wat Burgers maken Hrl-Nrd over uw traject bewaart. Vragen? Mail privacy@burgersmaken.nl.",
    exportedAt: new Date().toISOString(),
    trajectories: items,
  };
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="mijn-traject-burgers-maken.json"',
      "Cache-Control": "no-store",
    },
  });
}
