import type { CachedPage } from "./store";

/** A page as the app rendered it for the cache: headers and the whole body. */
export type Rendered = { status: number; headers: [string, string][]; body: Buffer };

/** Headers of the loopback transfer itself, which Node sets again for the visitor's response. */
export const TRANSPORT = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding"]);
/** Headers that belong to one response, not to the page: a cached page gets its own. */
const PER_RESPONSE = new Set([...TRANSPORT, "content-security-policy", "strict-transport-security", "cache-control"]);

/**
 * A cacheable request: its key, the normalised path and query to render, and the page's tags. A
 * page of a role (`rolePageOf`) is rendered with the visitor's `session` cookie, and kept per role.
 */
export type Cacheable = { key: string; path: string; tags: string[]; session?: string };

/**
 * What a browser may do with a public page from the cache: keep it (for the back and forward
 * buttons too), but ask again before reusing it. It is the same for every visitor, so nothing
 * personal is kept; pages rendered for one person keep Next's `no-store`.
 */
const PUBLIC_PAGE_CACHE_CONTROL = "private, no-cache";
/** A page of a role is not for a shared device's back button after signing out. */
export const ROLE_PAGE_CACHE_CONTROL = "private, no-store";

/**
 * The render as a cache entry, or null when it must not be shared: only a 200 HTML page with a
 * body, its nonce and no cookie is (errors, refusals and empty answers go to their own visitor).
 */
export function entryOf(rendered: Rendered, { tags, session }: Pick<Cacheable, "tags" | "session">, renderedFrom: number): CachedPage | null {
  const header = (name: string) => rendered.headers.find(([key]) => key === name)?.[1];
  const nonce = header("content-security-policy")?.match(/'nonce-([^']+)'/)?.[1];
  if (rendered.status !== 200 || !header("content-type")?.startsWith("text/html") || header("set-cookie") !== undefined || !nonce) return null;
  if (!rendered.body.includes(`nonce="${nonce}"`)) return null;
  return {
    parts: splitAt(rendered.body, Buffer.from(nonce)),
    headers: [...withVaryOnEncoding(rendered.headers.filter(([key]) => !PER_RESPONSE.has(key))), ["cache-control", session ? ROLE_PAGE_CACHE_CONTROL : PUBLIC_PAGE_CACHE_CONTROL]],
    tags,
    renderedFrom,
    storedAt: Date.now(),
    bytes: rendered.body.length,
  };
}

function splitAt(body: Buffer, separator: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let start = 0;
  for (let at = body.indexOf(separator); at !== -1; at = body.indexOf(separator, start)) {
    parts.push(body.subarray(start, at));
    start = at + separator.length;
  }
  parts.push(body.subarray(start));
  return parts;
}

/** The same URL is sent gzipped or not: caches between us and the browser must keep both apart. */
function withVaryOnEncoding(headers: [string, string][]): [string, string][] {
  const vary = headers.find(([key]) => key === "vary");
  return [...headers.filter(([key]) => key !== "vary"), ["vary", vary ? `${vary[1]}, Accept-Encoding` : "Accept-Encoding"]];
}
