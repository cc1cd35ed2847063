import { eq, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import type { Role } from "@/db/enums";
import { users } from "@/db/schema";
import { env } from "@/lib/platform/env";

// Who is signed in and whether they may be: the identity the platform's auth needs. Profiles,
// roles and blocking as people change them live in lib/accounts.

export type SessionUser = {
  id: string;
  email: string;
  displayName: string | null;
  role: Role;
  wijkId: number | null;
};

/** The signed-in user as pages and actions need it; null for an unknown or blocked account. */
export function findSessionUser(id: string): SessionUser | null {
  const row = getDb()
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      wijkId: users.wijkId,
      blockedAt: users.blockedAt,
    })
    .from(users)
    .where(eq(users.id, id))
    .get();
  if (!row || row.blockedAt) return null;
  return { id: row.id, email: row.email, displayName: row.displayName, role: row.role, wijkId: row.wijkId };
}

/** A sign-in link may go to this address: it is new, or its account is not blocked. */
export function signInAllowed(email: string): boolean {
  const row = getDb().select({ blockedAt: users.blockedAt }).from(users).where(eq(users.email, email.toLowerCase())).get();
  return !row?.blockedAt;
}

/** Makes the address in ADMIN_EMAIL a beheerder (on first sign-in and at start-up). */
export function applyAdminEmail(db: Db, email: string): void {
  const admin = env().adminEmail;
  if (!admin || admin !== email.trim().toLowerCase()) return;
  db.update(users).set({ role: "beheerder" }).where(eq(sql`lower(${users.email})`, admin)).run();
}
