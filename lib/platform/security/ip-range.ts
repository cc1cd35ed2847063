import net from "node:net";

/**
 * The network a client address belongs to: IPv4 by /24, IPv6 by /64 (one home or phone usually
 * gets a whole /64), an IPv4-mapped IPv6 address as IPv4. Null for anything that is not an address.
 * Stored instead of the address itself where only "the same place or not" matters.
 */
export function ipRangeKey(address: string): string | null {
  const ip = address.trim().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1");
  if (net.isIPv4(ip)) return `${ip.split(".").slice(0, 3).join(".")}.0/24`;
  if (!net.isIPv6(ip)) return null;
  const [head = "", tail] = ip.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
  return `${groups.slice(0, 4).map((group) => Number.parseInt(group, 16).toString(16)).join(":")}::/64`;
}
