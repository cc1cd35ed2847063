import type { Statement } from "better-sqlite3";
import type { Role } from "@/db/enums";
import { getDb, type Db } from "@/db/client";
import { SESSION_COOKIE_NAMES } from "./session-cookie";

/** A signed-in visitor as the page cache needs them: the session cookie to render with, and the role. */
export type SessionRole = { cookie: string; role: Role };

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
 * The role of the session in a raw Cookie header, where a page would show the person a page of
 * their role (`requirePageUser`: a session that has not expired, of an account that is not blocked
 * and has a name); null for anything else, which the app answers itself. One prepared
 * query, for the server in front of the app (lib/platform/page-cache/front.ts).
 */
export function sessionRoleOf(cookieHeader: string | undefined, now = Date.now()): SessionRole | null {
  if (!cookieHeader) return null;
  for (const pair of cookieHeader.split(";")) {
    const at = pair.indexOf("=");
    const name = pair.slice(0, at).trim();
    if (at < 0 || !(SESSION_COOKIE_NAMES as readonly string[]).includes(name)) continue;
    const token = pair.slice(at + 1).trim();
    const row = lookupOf(getDb().$client).get(token, now);
    return row ? { cookie: `${name}=${token}`, role: row.role } : null;
  }
  return null;
}
