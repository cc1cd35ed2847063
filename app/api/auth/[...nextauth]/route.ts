import type { NextRequest } from "next/server";
import { handlers } from "@/lib/platform/auth/auth";

/**
 * A sign-in link is used up by the first GET that reaches it, and its session cookie belongs to
 * the browser that made that GET. Next's router fetches a redirect target in the background with
 * the `RSC` header (the server itself, after the sign-in code's action redirects here): that fetch
 * would spend the link and drop the cookie. It gets an empty answer instead, after which the
 * browser opens the link itself.
 */
export async function GET(request: NextRequest) {
  if (request.nextUrl.pathname.includes("/callback/") && request.headers.has("rsc")) return new Response(null, { status: 204 });
  return handlers.GET(request);
}

/**
 * Sign-in links are only sent by requestSignInLinkAction, which applies the rate limits; a direct
 * POST to Auth.js' own sign-in endpoint would bypass them, so it is closed.
 */
export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.includes("/signin/")) {
    return Response.json({ error: "Vraag een inloglink aan via /inloggen." }, { status: 404 });
  }
  return handlers.POST(request);
}
