import { env } from "@/lib/platform/env";
import { limitNetwork } from "@/lib/platform/security/client-address";
import { HOUR, type RateLimitRule } from "./limiter";

/**
 * A kind of write limited per hour, per person (account, or e-mail address where guests write)
 * and per network. Each domain declares its own (lib/<domain>/rate-limits.ts); each number can be
 * set in the environment as <KIND>_LIMIT_PER_USER (or _PER_EMAIL) and <KIND>_LIMIT_PER_IP. Network
 * limits are generous: a whole community centre can share one address.
 */
export type HourlyLimit = { kind: string; perUser: number; perIp: number; userEnv: string; ipEnv: string };

export function hourlyLimit(kind: string, limits: { perUser: number; perIp: number }, person: "USER" | "EMAIL" | "DEVICE" = "USER"): HourlyLimit {
  const prefix = kind.toUpperCase();
  return { kind, ...limits, userEnv: `${prefix}_LIMIT_PER_${person}`, ipEnv: `${prefix}_LIMIT_PER_IP` };
}

/** A number from the environment (checked at start in lib/platform/env.ts), or the rule's own. */
export const limitFromEnv = (name: string, fallback: number) => env().limits[name] ?? fallback;

/**
 * The two rules of one write: `who` is the account id or the e-mail address, `ip` the client's
 * address, counted by its network (an IPv6 /64; see limitNetwork).
 */
export function hourlyLimitRules(limit: HourlyLimit, who: string, ip: string): RateLimitRule[] {
  return [
    { bucket: `${limit.kind}-user:${who}`, limit: limitFromEnv(limit.userEnv, limit.perUser), windowMs: HOUR },
    { bucket: `${limit.kind}-ip:${limitNetwork(ip)}`, limit: limitFromEnv(limit.ipEnv, limit.perIp), windowMs: HOUR },
  ];
}
