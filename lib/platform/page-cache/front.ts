import type { IncomingMessage, ServerResponse } from "node:http";
import { sessionCookieOf } from "@/lib/platform/auth/session-cookie";
import { contentSecurityPolicy, isHttps, newNonce, STRICT_TRANSPORT_SECURITY } from "@/lib/platform/security/content-security-policy";
import { deflateParts, gzipJoined } from "./gzip-parts";
import { pageCache, type CachedPage } from "./store";
import { siteUrl } from "@/lib/platform/site-url";
import { paramsOfPublicPage, rolePageOf, tagsOfPublicPage } from "./tags";
import { can } from "@/lib/platform/auth/permissions";
import { roleOfSession } from "@/lib/platform/auth/session-role";

/** A page as the app rendered it for the cache: headers and the whole body. */
export type Rendered = { status: number; headers: [string, string][]; body: Buffer };

/** Headers of the loopback transfer itself, which Node sets again for the visitor's response. */
const TRANSPORT = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding"]);
/** Headers that belong to one response, not to the page: a cached page gets its own. */
const PER_RESPONSE = new Set([...TRANSPORT, "content-security-policy", "strict-transport-security", "cache-control"]);

/**
 * A cacheable request: its key, the normalised path and query to render, and the page's tags. A
 * page of a role (`rolePageOf`) is rendered with the visitor's `session` cookie, and kept per role.
 */
export type Cacheable = { key: string; path: string; tags: string[]; session?: string };

/**
 * Client-side navigations (RSC), prefetches and anything personal go to the app itself. The key
 * is the configured site (never the visitor's Host), the parsed path and only the query
 * parameters the page reads, first value each, in one order. A signed-in visitor gets a page
 * from the cache only where it is the same for everyone of their role, and their role may see
 * it; every other page (and anyone whose session the database does not know) goes to the app.
 */
export function cacheKeyOf(request: IncomingMessage): Cacheable | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const headers = request.headers;
  if (headers.rsc || headers["next-action"] || headers["next-router-prefetch"] || headers["next-router-state-tree"]) return null;
  const url = new URL(request.url ?? "/", "http://cache.invalid");
  if (url.searchParams.has("_rsc")) return null;
  const session = sessionCookieOf(headers.cookie);
  if (!session) {
    const tags = tagsOfPublicPage(url.pathname, url.searchParams);
    return tags && { ...keyOf(request, url), tags };
  }
  const page = rolePageOf(url.pathname, url.searchParams);
  if (!page) return null;
  const role = roleOfSession(session.token);
  if (!can(role, page.permission)) return null;
  const { key, path } = keyOf(request, url);
  return { key: `${role} ${key}`, path, tags: page.tags, session: `${session.name}=${session.token}` };
}

function keyOf(request: IncomingMessage, url: URL): { key: string; path: string } {
  const query = new URLSearchParams();
  for (const name of [...paramsOfPublicPage(url.pathname)].sort()) {
    const value = url.searchParams.get(name);
    if (value !== null) query.set(name, value);
  }
  const path = query.size > 0 ? `${url.pathname}?${query}` : url.pathname;
  const proto = isHttps("http:", headerValue(request.headers["x-forwarded-proto"])) ? "https" : "http";
  return { key: `${proto}://${new URL(siteUrl()).host}${path}`, path };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * What a browser may do with a public page from the cache: keep it (for the back and forward
 * buttons too), but ask again before reusing it. It is the same for every visitor, so nothing
 * personal is kept; pages rendered for one person keep Next's `no-store`.
 */
export const PUBLIC_PAGE_CACHE_CONTROL = "private, no-cache";
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

/**
 * Sends a cached page with a nonce of its own, compressed when the browser accepts gzip: its
 * parts are compressed once, the first time (lib/platform/page-cache/gzip-parts.ts), not for every
 * visitor. Without compression the stored parts go to the socket as they are, with the nonce
 * between them: no copy of the page per response.
 */
export async function sendCached(request: IncomingMessage, response: ServerResponse, entry: CachedPage, state: "hit" | "miss") {
  const nonce = Buffer.from(newNonce());
  const https = isHttps("http:", headerValue(request.headers["x-forwarded-proto"]));
  const headers = [...entry.headers, ["Content-Security-Policy", contentSecurityPolicy(nonce.toString(), https)], ["X-Page-Cache", state]];
  if (https) headers.push(["Strict-Transport-Security", STRICT_TRANSPORT_SECURITY]);
  const length = entry.parts.reduce((sum, part) => sum + part.length, 0) + nonce.length * (entry.parts.length - 1);
  const head = request.method === "HEAD";
  if (length > 1024 && /\bgzip\b/.test(headerValue(request.headers["accept-encoding"]) ?? "")) {
    entry.deflated ??= deflateParts(entry.parts);
    const body = gzipJoined(entry.parts, await entry.deflated, nonce);
    headers.push(["Content-Encoding", "gzip"], ["Content-Length", String(body.length)]);
    response.writeHead(200, headers.flat());
    response.end(head ? undefined : body);
    return;
  }
  headers.push(["Content-Length", String(length)]);
  response.writeHead(200, headers.flat());
  if (!head) {
    response.cork();
    entry.parts.forEach((part, index) => {
      if (index > 0) response.write(nonce);
      response.write(part);
    });
  }
  response.end();
}

function relay(request: IncomingMessage, response: ServerResponse, rendered: Rendered) {
  for (const [key, value] of rendered.headers) if (!TRANSPORT.has(key)) response.appendHeader(key, value);
  response.setHeader("Content-Length", rendered.body.length);
  response.writeHead(rendered.status);
  response.end(request.method === "HEAD" ? undefined : rendered.body);
}

type Flight = { renderedFrom: number; result: Promise<{ rendered: Rendered; entry: CachedPage | null } | null> };
const flights = new Map<string, Flight>();

/**
 * Serves a public page from the cache. On a miss one render runs per page, and the visitors who
 * ask meanwhile wait for it, unless a write made it stale before it started. A render that cannot
 * be shared goes to its own visitor only; the others are handed to the app (`passThrough`).
 */
export async function servePublicPage(
  request: IncomingMessage,
  response: ServerResponse,
  cacheable: Cacheable,
  render: () => Promise<Rendered>,
  passThrough: () => void,
): Promise<void> {
  const { key, tags } = cacheable;
  const cache = pageCache();
  const hit = cache.get(key);
  if (hit) return sendCached(request, response, hit, "hit");

  let flight = flights.get(key);
  const joined = flight !== undefined && cache.isFresh(tags, flight.renderedFrom);
  if (!flight || !joined) {
    const renderedFrom = cache.now();
    const own: Flight = {
      renderedFrom,
      result: render().then(
        (rendered) => ({ rendered, entry: entryOf(rendered, cacheable, renderedFrom) }),
        () => null,
      ),
    };
    flight = own;
    flights.set(key, own);
    void own.result.then((result) => {
      if (flights.get(key) === own) flights.delete(key);
      if (result?.entry) cache.put(key, result.entry);
    });
  }
  const result = await flight.result;
  if (result?.entry) return sendCached(request, response, result.entry, "miss");
  if (result && !joined) return relay(request, response, result.rendered);
  passThrough();
}
