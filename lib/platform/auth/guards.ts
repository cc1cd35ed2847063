import "server-only";
import { forbidden, redirect } from "next/navigation";
import type { SessionUser } from "@/lib/accounts/queries/accounts";
import { AppError } from "@/lib/platform/errors";
import { can, type Permission } from "./permissions";
import { getCurrentUser } from "./session";

/** For server actions and route handlers: the signed-in user, or an AppError (401). */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthenticated");
  return user;
}

/** Throws an AppError (403) unless the user's role has the permission. */
export function authorize(user: SessionUser, permission: Permission): void {
  if (!can(user.role, permission)) throw new AppError("forbidden");
}

/** requireUser and authorize in one, for actions without a resource to check first. */
export async function requirePermission(permission: Permission): Promise<SessionUser> {
  const user = await requireUser();
  authorize(user, permission);
  return user;
}

/** For pages: sends visitors to sign in (and back), and new accounts to choose a name first. */
export async function requirePageUser(returnTo: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/inloggen?terug=${encodeURIComponent(returnTo)}`);
  if (!user.displayName) redirect(`/account/welkom?terug=${encodeURIComponent(returnTo)}`);
  return user;
}

/** For pages: as requirePageUser, and a 403 page for a user without the permission. */
export async function requirePagePermission(
  permission: Permission,
  returnTo: string,
): Promise<SessionUser> {
  const user = await requirePageUser(returnTo);
  if (!can(user.role, permission)) forbidden();
  return user;
}

/** For route handlers: the user, or the refusal to return (401/403 as JSON with a Dutch message). */
export async function guardRoute(permission: Permission): Promise<SessionUser | Response> {
  try {
    return await requirePermission(permission);
  } catch (error) {
    if (error instanceof AppError) return Response.json({ error: error.userMessage }, { status: error.status });
    throw error;
  }
}
