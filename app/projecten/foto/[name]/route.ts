import { readPhoto } from "@/lib/initiatives/photo";
import { isProjectPhoto } from "@/lib/projects/queries/poll";

/** A project's picture or a keuze option's photo: public, like the project. Never changes under its random name. */
export async function GET(request: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  const headers = { "Cache-Control": "public, max-age=3600", ETag: `"${name}"`, "X-Content-Type-Options": "nosniff" };
  if (!isProjectPhoto(name)) return new Response("Niet gevonden", { status: 404 });
  if (request.headers.get("if-none-match") === headers.ETag) return new Response(null, { status: 304, headers });
  const photo = await readPhoto(name);
  if (!photo) return new Response("Niet gevonden", { status: 404 });
  return new Response(new Uint8Array(photo), { headers: { "Content-Type": "image/webp", ...headers } });
}
