import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";

export const GET = handlers.GET;

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
