import crypto from "node:crypto";
import { env } from "@/lib/platform/env";
import { limitFromEnv } from "@/lib/platform/rate-limit/hourly";
import { DAY, HOUR, type RateLimitRule } from "@/lib/platform/rate-limit/limiter";
import { limitNetwork } from "@/lib/platform/security/client-address";

/**
 * Leaving a way to reach you (no account): per network an hour, as the survey answers, and the
 * mails or texts one address gets from it a day. The address itself is never a bucket's name (the
 * rate-limit table would keep it after a stop): only a keyed hash of it.
 */
export function contactRules(reach: string, ip: string): RateLimitRule[] {
  const hashed = crypto.createHmac("sha256", env().authSecret ?? "").update(`project-contact\n${reach}`).digest("hex");
  return [
    { bucket: `project-contact-ip:${limitNetwork(ip)}`, limit: limitFromEnv("PROJECT_CONTACT_LIMIT_PER_IP", 60), windowMs: HOUR },
    { bucket: `project-contact-to:${hashed}`, limit: limitFromEnv("PROJECT_CONTACT_LIMIT_PER_ADDRESS", 3), windowMs: DAY },
  ];
}
