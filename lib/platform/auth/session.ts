import "server-only";
import { cache } from "react";
import { findSessionUser, type SessionUser } from "@/lib/accounts/queries/accounts";
import { auth } from "./auth";

/** The signed-in user, loaded once per request; null for visitors. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  return id ? findSessionUser(id) : null;
});
