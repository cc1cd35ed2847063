/**
 * The production server: Next's request handler behind the page cache of lib/page-cache. Visitors
 * without a session get public pages from memory; on a miss the page is rendered by the app itself
 * through a private loopback listener of this process (a random port and a secret header), so what
 * gets cached never depends on a visitor's own headers, and with several processes a render never
 * lands in another process. scripts/serve.ts starts one or more of these (WEB_CONCURRENCY).
 */
import cluster from "node:cluster";
import crypto from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import next from "next";
import { cacheKeyOf, servePublicPage, type Cacheable, type Rendered } from "@/lib/platform/page-cache/front";
import { startScheduler } from "@/lib/platform/jobs/scheduler";
import { ALL_JOBS } from "@/lib/wiring/jobs";
import "@/lib/wiring/public-pages";
import { settleForwardedHeaders, trustedProxies } from "@/lib/platform/security/client-address";
import { siteUrl } from "@/lib/platform/site-url";
import { admission } from "@/lib/platform/server/admission";
import { turns } from "@/lib/platform/server/turns";
import { env } from "@/lib/platform/env";

const { port } = env();
const FILL_HEADER = "x-page-cache-fill";
const fillSecret = crypto.randomBytes(24).toString("hex");

const app = next({ dev: false, port });
const handle = app.getRequestHandler();

/** The configured site's host (AUTH_URL): what every page is rendered for, whatever Host a visitor sends. */
const siteHost = new URL(siteUrl()).host;

/**
 * Renders the page at `path` (the cache key's normalised path and query) for the cache, through
 * this process's own private listener: as a visitor without cookies, or for a page of a role with
 * the session cookie alone.
 */
async function render(request: IncomingMessage, { path, session }: Cacheable): Promise<Rendered> {
  const headers: Record<string, string> = { [FILL_HEADER]: fillSecret, "accept-encoding": "identity", host: siteHost };
  if (session) headers.cookie = session;
  const proto = request.headers["x-forwarded-proto"];
  if (typeof proto === "string") headers["x-forwarded-proto"] = proto;
  const answer = await fetch(`http://127.0.0.1:${privatePort}${path}`, { headers, redirect: "manual" });
  return { status: answer.status, headers: [...answer.headers], body: Buffer.from(await answer.arrayBuffer()) };
}

await app.prepare();
// Timed work (digests, reminders, alerts, mail retries, retention) runs here: no cron needed. With
// several processes each ticks; a job is claimed in one IMMEDIATE transaction, so it runs once.
startScheduler(ALL_JOBS);
// Only this process knows the port and the secret; a visitor on the public port never reaches it.
const fill = createServer((request, response) => {
  if (request.headers[FILL_HEADER] !== fillSecret) return void response.writeHead(403).end();
  toApp(request, response);
});
// `exclusive`: a port of this process's own. In a cluster worker, listen(0) is otherwise handed to
// the primary, which gives every worker the same port and deals the connections out among them:
// a render would land in a sibling that has another secret (403).
await new Promise<void>((resolve) => fill.listen({ port: 0, host: "127.0.0.1", exclusive: true }, resolve));
const privatePort = (fill.address() as AddressInfo).port;
const admit = admission(Number(process.env.SERVER_CONCURRENT_RENDERS ?? 8));

/**
 * Page renders take their turn; the build's static files and posts (server actions) go straight
 * in. Queued posts had some actions run twice in Next 16.4 (the first ones admitted), which the
 * benchmark's row counts caught; writes are idempotent, but a write must run once.
 */
function toApp(request: IncomingMessage, response: ServerResponse) {
  if (request.method === "POST" || request.url?.startsWith("/_next/static/")) return void handle(request, response);
  admit(response, () => void handle(request, response));
}

// Read once: the environment does not change while the server runs.
const proxies = trustedProxies();
let proxyHintGiven = false;
/** Behind a proxy that nobody declared, every visitor would share the proxy's address in the limits. */
function hintAtUndeclaredProxy(request: IncomingMessage) {
  if (proxyHintGiven || proxies > 0 || !request.headers["x-forwarded-for"]) return;
  proxyHintGiven = true;
  console.warn("A request came with X-Forwarded-For while TRUSTED_PROXIES is 0. Behind a proxy, set TRUSTED_PROXIES=1 (see README, Configuration).");
}

// Requests take turns of a few milliseconds, so that a phone connecting while the server is busy
// is let in within a turn, not after every open connection's requests (lib/platform/server/turns.ts).
const inTurn = turns();

const server = createServer((request, response) => inTurn(() => serve(request, response))).listen(port, () => {
  if (cluster.isPrimary || cluster.worker?.id === 1) console.log(`Burgers maken Hrl-Nrd draait op http://localhost:${port}`);
});

function serve(request: IncomingMessage, response: ServerResponse) {
  hintAtUndeclaredProxy(request);
  settleForwardedHeaders(request.headers, request.socket.remoteAddress, proxies);
  // Pages (and their redirects) are made for this site only. Posts keep their Host: Next checks a
  // server action's Origin against it, and their answers go to that one visitor only.
  if (request.method === "GET" || request.method === "HEAD") request.headers.host = siteHost;
  const cacheable = cacheKeyOf(request);
  if (!cacheable) return toApp(request, response);
  void servePublicPage(request, response, cacheable, () => render(request, cacheable), () => toApp(request, response));
}

// A normal exit (not death by signal), so that Node's exit hooks such as --cpu-prof run.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    fill.close();
    server.close(() => process.exit(0)).closeAllConnections();
  });
}
