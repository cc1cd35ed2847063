import "server-only";
import crypto from "node:crypto";
import { cookies } from "next/headers";
import { siteUrl } from "@/lib/platform/site-url";

const COOKIE = "vragen-apparaat";
const YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * A random token for this device, kept in a cookie that only the survey pages get. It keeps the
 * answers between the screens and marks "has answered"; it says nothing about who holds it.
 */
export async function deviceToken(): Promise<string> {
  const jar = await cookies();
  const existing = jar.get(COOKIE)?.value;
  if (existing && /^[A-Za-z0-9_-]{20,64}$/.test(existing)) return existing;
  const token = crypto.randomBytes(24).toString("base64url");
  jar.set(COOKIE, token, { httpOnly: true, sameSite: "lax", secure: siteUrl().startsWith("https:"), path: "/vragen", maxAge: YEAR_SECONDS });
  return token;
}
