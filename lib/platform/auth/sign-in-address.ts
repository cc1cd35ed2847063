import "server-only";
import { cookies } from "next/headers";
import { siteUrl } from "@/lib/platform/site-url";
import { SIGN_IN_LINK_MAX_AGE_SECONDS } from "./auth";

const COOKIE = "inlog-adres";

/**
 * The address that asked a link, kept on this device for the link's hour, so that the page after
 * asking can take the code without the address being typed again. Only the sign-in pages read it.
 */
export async function rememberSignInAddress(email: string): Promise<void> {
  (await cookies()).set(COOKIE, email, {
    httpOnly: true,
    sameSite: "lax",
    secure: siteUrl().startsWith("https:"),
    path: "/inloggen",
    maxAge: SIGN_IN_LINK_MAX_AGE_SECONDS,
  });
}

export async function rememberedSignInAddress(): Promise<string | null> {
  return (await cookies()).get(COOKIE)?.value ?? null;
}
