import type { Statement } from "better-sqlite3";
import type { Role } from "@/db/enums";
import { getDb, type Db } from "@/db/client";

type Lookup = Statement<[string, number], { role: Role }>;
const lookups = new WeakMap<object, Lookup>();

function lookupOf(sqlite: Db["$client"]): Lookup {
  let lookup = lookups.get(sqlite);
  if (!lookup) {
    lookup = sqlite.prepare(
      "SELECT users.role AS role FROM sessions JOIN users ON users.id = sessions.user_id WHERE sessions.session_token = ? AND sessions.expires > ? AND users.blocked_at IS NULL AND coalesce(users.display_name, '') != ''",
    );
    lookups.set(sqlite, lookup);
  }
  return lookup;
}

/**
 * The role of a session token, where a page would show the person a page of their role
 * (`requirePageUser`: a session that has not expired, of an account that is not blocked and has a
 * name); null for anything else, which the app answers itself. One prepared query, for the server
 * in front of the app (lib/platform/page-cache/front.ts).
 */
export function roleOfSession(token: string, now = Date.now()): Role | null {
  return lookupOf(getDb().$client).get(token, now)?.role ?? null;
}
