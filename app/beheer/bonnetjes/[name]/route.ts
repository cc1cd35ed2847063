import { guardRoute } from "@/lib/platform/auth/guards";
import { readPhoto } from "@/lib/initiatives/photo";
import { isReceipt } from "@/lib/funds/queries/funds";

/** A photo of a receipt: only for staff, never cached; a name that is no receipt is a 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const user = await guardRoute("fund:advise");
  if (user instanceof Response) return user;
  const { name } = await params;
  const photo = isReceipt(name) ? await readPhoto(name) : null;
  if (!photo) return new Response("Niet gevonden", { status: 404 });
  return new Response(new Uint8Array(photo), {
    headers: { "Content-Type": "image/webp", "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
  });
}
