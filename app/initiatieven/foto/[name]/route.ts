import { readPhoto } from "@/lib/initiatives/photo";

/** Serves a stored photo. Names are random, so a photo is only found through its idea's page. */
export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const photo = await readPhoto((await params).name);
  if (!photo) return new Response("Niet gevonden", { status: 404 });
  return new Response(new Uint8Array(photo), {
    headers: {
      "Content-Type": "image/webp",
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
