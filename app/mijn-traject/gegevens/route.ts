import { phoneSession } from "@/lib/trajectories/phone-session";
import { phoneTrajectories } from "@/lib/trajectories/queries/own";
import { takesOfPhone } from "@/lib/meedoen/queries/own";

/**
 * The data download of a person without an account: everything stored about their trajectory,
 * and the places they took with the same mobile number (their coach sees those too).
 */
export async function GET() {
  const trajectoryId = await phoneSession();
  const items = trajectoryId === null ? [] : phoneTrajectories(trajectoryId);
  if (items.length === 0) return new Response("Niet gevonden", { status: 404, headers: { "Cache-Control": "no-store" } });
  const phone = items[0]!.clientPhone;
  const data = {
    explanation: "Dit is alles wat Burgers maken Hrl-Nrd over uw traject bewaart. Vragen? Mail privacy@burgersmaken.nl.",
    exportedAt: new Date().toISOString(),
    trajectories: items,
    helpTaken: phone ? takesOfPhone(phone) : [],
  };
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="mijn-traject-burgers-maken.json"',
      "Cache-Control": "no-store",
    },
  });
}
