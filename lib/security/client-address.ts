import type { IncomingHttpHeaders } from "node:http";

/**
 * The visitor's address for the per-IP write limits. Without a proxy in front it is the address of
 * the connection itself: an X-Forwarded-For that a visitor sends is their own invention. With
 * `trustedProxies` proxies in front, each appends the address it saw, so the client is the entry
 * just before the trusted ones; whatever the visitor put further left is ignored.
 */
export function clientAddress(forwardedFor: string | undefined, peer: string | undefined, trustedProxies: number): string {
  const chain = [...(trustedProxies > 0 ? (forwardedFor ?? "").split(",") : []), peer ?? ""].map((entry) => entry.trim()).filter(Boolean);
  const client = chain[Math.max(0, chain.length - 1 - trustedProxies)];
  return client?.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1") || "unknown";
}

/** How many proxies in front of the app add X-Forwarded-* headers (TRUSTED_PROXIES, default none). */
export function trustedProxies(): number {
  const hops = Number(process.env.TRUSTED_PROXIES ?? 0);
  return Number.isInteger(hops) && hops > 0 ? hops : 0;
}

/**
 * Rewrites a request's forwarded headers before the app sees them: X-Forwarded-For becomes the one
 * client address, and without a trusted proxy a claimed host or protocol is dropped.
 */
export function settleForwardedHeaders(headers: IncomingHttpHeaders, peer: string | undefined, hops: number): void {
  const forwardedFor = headers["x-forwarded-for"];
  headers["x-forwarded-for"] = clientAddress(Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor, peer, hops);
  if (hops > 0) return;
  delete headers["x-forwarded-host"];
  delete headers["x-forwarded-proto"];
}
