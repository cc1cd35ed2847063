import { siteUrl } from "@/lib/platform/site-url";

export const dynamic = "force-dynamic";

const DAY = 24 * 60 * 60 * 1000;

/** RFC 9116: where to report a security problem. Expires is required and must stay in the future. */
export function GET() {
  const expires = new Date(Date.now() + 180 * DAY).toISOString().replace(/\.\d{3}Z$/, "Z");
  const body = [
    "Contact: mailto:security@burgersmaken.nl",
    `Expires: ${expires}`,
    "Preferred-Languages: nl, en",
    `Canonical: ${siteUrl()}/.well-known/security.txt`,
    "",
  ].join("\n");
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=86400" } });
}
