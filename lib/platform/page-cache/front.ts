import type { IncomingMessage, ServerResponse } from "node:http";
import { sessionCookieOf } from "@/lib/platform/auth/session-cookie";
import { contentSecurityPolicy, isHttps, newNonce, STRICT_TRANSPORT_SECURITY } from "@/lib/platform/security/content-security-policy";
import { deflateParts, gzipJoined } from "./gzip-parts";
import { pageCache, type CachedPage } from "./store";
import { siteUrl } from "@/lib/platform/site-url";
import { paramsOfPublicPage, rolePageOf, tagsOfPublicPage } from "./tags";
import { can } from "@/lib/platform/auth/permissions";
import { roleOfSession } from "@/lib/platform/auth/session-role";
import { noteVisit } from "./ahead";
import { flightOf, startFlight } from "./flights";
import { TRANSPORT, type Cacheable, type Rendered } from "./entry";

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

/**
 * Serves a public page from the cache. On a miss one render runs per page, and the visitors who
 * ask meanwhile wait for it, unless a write made it stale before it started. A render that cannot
 * be shared goes to its own visitor only; the others are handed to the app (`passThrough`). A page
 * visitors ask for is rendered again ahead of a step that changes it (lib/platform/page-cache/ahead.ts).
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
  noteVisit(cacheable, render);
  const hit = cache.get(key);
  if (hit) return sendCached(request, response, hit, "hit");

  let flight = flightOf(key);
  const joined = flight !== undefined && cache.isFresh(tags, flight.renderedFrom);
  if (!flight || !joined) flight = startFlight(key, cacheable, render);
  const result = await flight.result;
  if (result?.entry) return sendCached(request, response, result.entry, "miss");
  if (result && !joined) return relay(request, response, result.rendered);
  passThrough();
}
