import "server-only";
import crypto from "node:crypto";
import { cookies } from "next/headers";
import { siteUrl } from "@/lib/platform/site-url";

const COOKIE = "vragen-apparaat";
const LINK_COOKIE = "vragen-link";
const YEAR_SECONDS = 365 * 24 * 60 * 60;
const TOKEN = /^[A-Za-z0-9_-]{20,64}$/;

const cookieOptions = (maxAge: number) => ({ httpOnly: true, sameSite: "lax" as const, secure: siteUrl().startsWith("https:"), path: "/vragen", maxAge });

/**
 * A random token for this device, kept in a cookie that only the survey pages get. It keeps the
 * answers between the screens and marks "has answered"; it says nothing about who holds it.
 */
export async function deviceToken(): Promise<string> {
  const jar = await cookies();
  const existing = jar.get(COOKIE)?.value;
  if (existing && TOKEN.test(existing)) return existing;
  const token = crypto.randomBytes(24).toString("base64url");
  jar.set(COOKIE, token, cookieOptions(YEAR_SECONDS));
  return token;
}

/** The personal one-time link this device came through, for this survey (the engine checks it is real). */
export async function linkToken(surveyId: number): Promise<string | null> {
  const [id, token] = ((await cookies()).get(LINK_COOKIE)?.value ?? "").split(".");
  return id === String(surveyId) && token && TOKEN.test(token) ? token : null;
}

/** Keeps a personal link's token for the screens that follow (two weeks: the survey's window). */
export async function keepLinkToken(surveyId: number, token: string): Promise<void> {
  if (!TOKEN.test(token)) return;
  (await cookies()).set(LINK_COOKIE, `${surveyId}.${token}`, cookieOptions(14 * 24 * 60 * 60));
}
