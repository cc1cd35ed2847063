import crypto from "node:crypto";
import Database from "better-sqlite3";

export const E2E_DB = "data/e2e/app.db";

/**
 * Tables left out of "nothing changed": Auth.js refreshes a session's expiry on any signed-in
 * request, and every attempt at a limited write is counted, refused or not.
 */
const VOLATILE = new Set(["sessions", "rate_limit_hits"]);

/**
 * Rows of a table that change on their own: the figures thread bumps a filter's
 * `figures:recomputed:` tag whenever a recount (after an earlier write) replaces its result.
 */
const BACKGROUND_ROWS: Record<string, string> = { cache_tags: "WHERE tag NOT LIKE 'figures:recomputed:%'" };

/** Reads the e2e database without ever writing to it. */
export function readDb<T>(read: (db: Database.Database) => T): T {
  const db = new Database(E2E_DB, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** A fingerprint of every row of every table (but the volatile ones), to compare before and after. */
export function snapshot(): Record<string, string> {
  return readDb((db) => {
    const tables = db
      // Plain tables only: a full-text index (virtual and shadow tables) is derived from them.
      .prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      tables
        .filter((table) => !VOLATILE.has(table))
        .map((table) => {
          const rows = db.prepare(`SELECT * FROM "${table}" ${BACKGROUND_ROWS[table] ?? ""} ORDER BY rowid`).all();
          return [table, `${rows.length}:${crypto.createHash("sha256").update(JSON.stringify(rows)).digest("hex")}`];
        }),
    );
  });
}

/** One value from the database, or a clear failure when the demo data lacks it. */
export function one<T = number>(sql: string, ...params: unknown[]): T {
  const value = readDb((db) => db.prepare(sql).pluck().get(...params)) as T | undefined;
  if (value === undefined || value === null) throw new Error(`Nothing found for: ${sql}`);
  return value;
}
