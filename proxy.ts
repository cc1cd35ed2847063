import { NextResponse, type NextRequest } from "next/server";

/**
 * Convenience only: visitors without a session cookie go straight to sign-in. Every page, action
 * and route handler checks the session and role itself; this is never the security boundary.
 */
export function proxy(request: NextRequest) {
  const hasSession =
    request.cookies.has("authjs.session-token") || request.cookies.has("__Secure-authjs.session-token");
  if (hasSession) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/inloggen";
  url.search = `?terug=${encodeURIComponent(request.nextUrl.pathname)}`;
  return NextResponse.redirect(url);
}

export const config = { matcher: ["/account/:path*", "/beheer/:path*", "/dashboard/:path*"] };
