import { siteUrl } from "@/lib/platform/site-url";

const FALLBACK = "/account";

/**
 * Where to go after sign-in (`terug=`): a path on this site, or /account. The raw value must be
 * a path ("/…") without backslashes or control characters, because browsers read "/\evil.example"
 * and "/<tab>/evil.example" as "//evil.example", another site. What is left must still parse to
 * this site's origin; only its path, query and fragment are returned, never a host.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || /[\\\p{Cc}\p{Zl}\p{Zp}]/u.test(value)) return FALLBACK;
  const site = siteUrl();
  let url: URL;
  try {
    url = new URL(value, site);
  } catch {
    return FALLBACK;
  }
  if (url.origin !== site) return FALLBACK;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A path that starts with "//" (e.g. "/%2F/…" decoded somewhere later) is never a path of ours.
  return path.startsWith("//") ? FALLBACK : path;
}
