import { exportPersonalData } from "@/lib/accounts/queries/export";
import { guardRoute } from "@/lib/platform/auth/guards";

/** "Download mijn gegevens": a JSON file with everything stored about the signed-in user. */
export async function GET() {
  const user = await guardRoute("account:edit-own");
  if (user instanceof Response) return user;
  return new Response(JSON.stringify(exportPersonalData(user.id), null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="mijn-gegevens-burgers-maken.json"',
      "Cache-Control": "no-store",
    },
  });
}
