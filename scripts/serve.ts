/**
 * The production server: Next's request handler behind the page cache of lib/page-cache. Visitors
 * without a session get public pages from memory; on a miss the page is rendered by the app itself
 * through a loopback request that only this process can make (a secret header), so what gets
 * cached never depends on a visitor's own headers.
 */
import crypto from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import next from "next";
import { cacheKeyOf, servePublicPage, type Rendered } from "@/lib/page-cache/front";
import { settleForwardedHeaders, trustedProxies } from "@/lib/security/client-address";
import { startScheduler } from "@/lib/jobs/scheduler";
import { admission } from "@/lib/server/admission";

const port = Number(process.env.PORT ?? 3000);
const FILL_HEADER = "x-page-cache-fill";
const fillSecret = crypto.randomBytes(24).toString("hex");

const app = next({ dev: false, port });
const handle = app.getRequestHandler();

async function render(request: IncomingMessage): Promise<Rendered> {
  const headers: Record<string, string> = { [FILL_HEADER]: fillSecret, "accept-encoding": "identity", host: request.headers.host ?? `localhost:${port}` };
  const proto = request.headers["x-forwarded-proto"];
  if (typeof proto === "string") headers["x-forwarded-proto"] = proto;
  const answer = await fetch(`http://127.0.0.1:${port}${request.url ?? "/"}`, { headers, redirect: "manual" });
  return { status: answer.status, headers: [...answer.headers], body: Buffer.from(await answer.arrayBuffer()) };
}

await app.prepare();
// Timed work (digests, reminders, alerts, mail retries, retention) runs here: no cron needed.
startScheduler();
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

const server = createServer((request, response) => {
  if (request.headers[FILL_HEADER] === fillSecret) return toApp(request, response);
  hintAtUndeclaredProxy(request);
  settleForwardedHeaders(request.headers, request.socket.remoteAddress, proxies);
  const cacheable = cacheKeyOf(request);
  if (!cacheable) return toApp(request, response);
  void servePublicPage(request, response, cacheable, () => render(request), () => toApp(request, response));
}).listen(port, () => console.log(`Burgers maken Hrl-Nrd draait op http://localhost:${port}`));
// A normal exit (not death by signal), so that Node's exit hooks such as --cpu-prof run.
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.close(() => process.exit(0)).closeAllConnections());
