import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { findSessionUser, type SessionUser } from "./users";
import { auth } from "./auth";
import { sessionCookieOf } from "./session-cookie";

/**
 * The signed-in user, loaded once per request; null for visitors. A request without a session
 * cookie is a visitor: Auth.js is not asked (its session call signs a CSRF token every time,
 * about half a millisecond of every anonymous answer and page render).
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  if (!sessionCookieOf((await headers()).get("cookie") ?? undefined)) return null;
  const session = await auth();
  const id = session?.user?.id;
  return id ? findSessionUser(id) : null;
});
