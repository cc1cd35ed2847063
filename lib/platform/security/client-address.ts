import type { IncomingHttpHeaders } from "node:http";
import { isIPv6 } from "node:net";

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

/**
 * The network an address counts for in the per-IP limits. An IPv6 client usually has a whole /64
 * to itself (billions of addresses, each a fresh bucket), so the limits count the /64; an
 * IPv4-mapped IPv6 address (::ffff:192.0.2.1, in any spelling) is that IPv4 address.
 */
export function limitNetwork(address: string): string {
  const bare = address.replace(/^\[(.*)\]$/, "$1").replace(/%.*$/, "");
  if (!isIPv6(bare)) return bare;
  const groups = ipv6Groups(bare);
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    return [groups[6]! >> 8, groups[6]! & 255, groups[7]! >> 8, groups[7]! & 255].join(".");
  }
  return `${groups.slice(0, 4).map((group) => group.toString(16)).join(":")}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address ("::" expanded, a dotted IPv4 tail converted). */
function ipv6Groups(address: string): number[] {
  const dotted = address.match(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/);
  const hex = dotted
    ? `${address.slice(0, dotted.index)}${((Number(dotted[1]) << 8) | Number(dotted[2])).toString(16)}:${((Number(dotted[3]) << 8) | Number(dotted[4])).toString(16)}`
    : address;
  const [head = "", tail] = hex.split("::");
  const parse = (part: string) => (part ? part.split(":").map((group) => parseInt(group, 16)) : []);
  const [left, right] = [parse(head), parse(tail ?? "")];
  return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
}
