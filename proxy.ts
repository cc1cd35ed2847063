import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE_NAMES } from "@/lib/platform/auth/session-cookie";
import { contentSecurityPolicy, isHttps, newNonce, STRICT_TRANSPORT_SECURITY } from "@/lib/platform/security/content-security-policy";

const SIGNED_IN_AREAS = ["/account", "/beheer", "/dashboard"];

/**
 * Sets the security headers of every page, refuses hand-made server action calls (400), and (for
 * convenience only) sends visitors without a session cookie to sign-in. Every page, action and route handler checks the session and role
 * itself: this is never the security boundary.
 */
export function proxy(request: NextRequest) {
  if (isMalformedActionCall(request)) {
    return new NextResponse("Dit verzoek klopt niet.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const { pathname } = request.nextUrl;
  const hasSession = SESSION_COOKIE_NAMES.some((name) => request.cookies.has(name));
  if (!hasSession && SIGNED_IN_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`))) {
    const url = request.nextUrl.clone();
    url.pathname = "/inloggen";
    url.search = `?terug=${encodeURIComponent(pathname)}`;
    return NextResponse.redirect(url);
  }

  const https = isHttps(request.nextUrl.protocol, request.headers.get("x-forwarded-proto"));
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, https);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

/**
 * A server action that reads its arguments (our form actions: previous state and the form) gets
 * them from React as multipart/form-data, the form being FormData. Any other body is hand-made
 * and would hand the action something that is not a form. Actions that read no argument (sign
 * out) get "[]" as text/plain. Which arguments an action reads is in its id's first byte (Next's
 * server-reference-info: bits 6-0); an id that does not say so is held to the strict rule.
 */
function isMalformedActionCall(request: NextRequest): boolean {
  const id = request.headers.get("next-action");
  if (request.method !== "POST" || id === null) return false;
  const readsArguments = (Number.parseInt(id.slice(0, 2), 16) & 0x7f) !== 0 || !/^[0-9a-f]{2}/i.test(id);
  return readsArguments && !request.headers.get("content-type")?.startsWith("multipart/form-data");
}

export const config = {
  // Everything but the build's static files (those get their headers from next.config.mjs); also
  // prefetches and icon addresses that browsers guess, which can answer with a whole HTML 404 page.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
