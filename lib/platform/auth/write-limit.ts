import "server-only";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { AppError } from "@/lib/platform/errors";
import { consumeRateLimit, hourlyLimitRules, type LimitedWrite } from "./rate-limit";

/**
 * The client's address: the first one in X-Forwarded-For. The production server (scripts/serve.ts)
 * has already replaced the header with the one address it trusts (lib/platform/security/client-address.ts);
 * under `npm run dev` nothing does, and Next fills it in only when a request has none.
 */
export function firstForwardedAddress(forwardedFor: string | null): string {
  return forwardedFor?.split(",")[0]?.trim() || "unknown";
}

export async function clientIp(): Promise<string> {
  return firstForwardedAddress((await headers()).get("x-forwarded-for"));
}

/** Counts one write for `who` and the client's address; over the hourly limit it refuses (429, in Dutch). */
export async function limitWrite(kind: LimitedWrite, who: string): Promise<void> {
  if (!consumeRateLimit(getDb(), hourlyLimitRules(kind, who, await clientIp()))) throw new AppError("rate_limited");
}
