import { getCurrentUser } from "@/lib/auth/session";
import { photoVisibility } from "@/lib/initiatives/detail-queries";
import { readPhoto } from "@/lib/initiatives/photo";

/**
 * Serves a stored photo to whoever may see its idea: a photo of an idea that is not (or no longer)
 * published is only for the initiator and staff, and is never kept in a shared cache.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  const user = await getCurrentUser();
  const visibility = photoVisibility(name, user);
  const photo = visibility && (await readPhoto(name));
  if (!photo) return new Response("Niet gevonden", { status: 404 });
  return new Response(new Uint8Array(photo), {
    headers: {
      "Content-Type": "image/webp",
      "Cache-Control": visibility === "public" ? "public, max-age=86400" : "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
