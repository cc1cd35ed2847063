import "server-only";
import { asc, count, eq, like, or } from "drizzle-orm";
import { getDb } from "@/db/client";
import type { Role } from "@/db/enums";
import { users, wijken } from "@/db/schema";

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
