import { getCurrentUser } from "@/lib/platform/auth/session";
import { photoVisibility } from "@/lib/initiatives/queries/detail";
import { readPhoto } from "@/lib/initiatives/photo";

/**
 * Serves a stored photo to whoever may see its idea: a photo of an idea that is not (or no longer)
 * published is only for the initiator and staff, and is never kept in a shared cache.
 */
export async function GET(request: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  const user = await getCurrentUser();
  const visibility = photoVisibility(name, user);
  if (visibility === "public" && request.headers.get("if-none-match") === etagOf(name)) {
    return new Response(null, { status: 304, headers: publicHeaders(name) });
  }
  const photo = visibility && (await readPhoto(name));
  if (!photo) return new Response("Niet gevonden", { status: 404 });
  return new Response(new Uint8Array(photo), {
    headers: {
      "Content-Type": "image/webp",
      ...(visibility === "public" ? publicHeaders(name) : { "Cache-Control": "private, no-store" }),
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** A stored photo never changes under its (random) name, so the name is its version. */
const etagOf = (name: string) => `"${name}"`;

/**
 * Kept a minute at most, then asked again (a cheap 304 while it is still public): a photo of an
 * idea that is hidden or withdrawn stops showing within that minute, also from shared caches.
 */
const publicHeaders = (name: string) => ({ "Cache-Control": "public, max-age=60, must-revalidate", ETag: etagOf(name) });
