import "server-only";
import { and, asc, count, eq, isNotNull, like, ne, or } from "drizzle-orm";
import { getDb } from "@/db/client";
import type { Role } from "@/db/enums";
import { users, wijken } from "@/db/schema";
import { nameKey } from "../display-name";

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

/** Whether this name, read as its letters only, is the display name of a staff member other than `userId`. */
export function copiesStaffName(displayName: string, userId: string): boolean {
  const key = nameKey(displayName);
  return getDb()
    .select({ name: users.displayName })
    .from(users)
    .where(and(ne(users.role, "bewoner"), ne(users.id, userId), isNotNull(users.displayName)))
    .all()
    .some((staff) => nameKey(staff.name!) === key);
}

/** A sign-in link may go to this address: it is new, or its account is not blocked. */
export function signInAllowed(email: string): boolean {
  const row = getDb().select({ blockedAt: users.blockedAt }).from(users).where(eq(users.email, email.toLowerCase())).get();
  return !row?.blockedAt;
}

export const USERS_PAGE_SIZE = 25;

export type UserListItem = {
  id: string;
  email: string;
  displayName: string | null;
  role: Role;
  wijkName: string | null;
};

/** Users matching a search in display name or e-mail, for the beheerder. */
export function searchUsers({ query, page }: { query: string; page: number }) {
  const db = getDb();
  const filter = query
    ? or(like(users.displayName, `%${query}%`), like(users.email, `%${query}%`))
    : undefined;
  const rows: UserListItem[] = db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      wijkName: wijken.name,
    })
    .from(users)
    .leftJoin(wijken, eq(users.wijkId, wijken.id))
    .where(filter)
    .orderBy(asc(users.email))
    .limit(USERS_PAGE_SIZE)
    .offset((page - 1) * USERS_PAGE_SIZE)
    .all();
  const [total] = db.select({ n: count() }).from(users).where(filter).all();
  return { rows, total: total?.n ?? 0 };
}

export type AccountToBlock = {
  id: string;
  displayName: string | null;
  role: Role;
  wijkName: string | null;
  blockedAt: Date | null;
  blockedReason: string | null;
};

/**
 * Accounts found by display name, for a buurtwerker who blocks or unblocks one. Searched by name
 * only and shown without e-mail addresses: a buurtwerker needs no one's address for this.
 * Without a search it lists the blocked accounts.
 */
export function searchAccountsToBlock({ query, page }: { query: string; page: number }) {
  const db = getDb();
  const filter = query ? like(users.displayName, `%${query}%`) : isNotNull(users.blockedAt);
  const rows: AccountToBlock[] = db
    .select({
      id: users.id,
      displayName: users.displayName,
      role: users.role,
      wijkName: wijken.name,
      blockedAt: users.blockedAt,
      blockedReason: users.blockedReason,
    })
    .from(users)
    .leftJoin(wijken, eq(users.wijkId, wijken.id))
    .where(filter)
    .orderBy(asc(users.displayName), asc(users.id))
    .limit(USERS_PAGE_SIZE)
    .offset((page - 1) * USERS_PAGE_SIZE)
    .all();
  const [total] = db.select({ n: count() }).from(users).where(filter).all();
  return { rows, total: total?.n ?? 0 };
}
