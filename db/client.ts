import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema";
import { seedReferenceData } from "./reference-data";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** A connection or an open transaction: what a function takes that can run inside either. */
export type DbOrTx = Db | Tx;

export function databasePath(): string {
  return process.env.DATABASE_PATH ?? path.join(process.cwd(), "data", "app.db");
}

/** Opens (and creates) a database file, applies the committed migrations and the reference data. */
export function openDatabase(file: string = databasePath()): Db {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(/*turbopackIgnore: true*/ file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 10000");
  // In WAL mode NORMAL loses nothing when the process crashes (the OS still has the pages);
  // only a power cut can cost the last commits. FULL would fsync on every commit.
  sqlite.pragma("synchronous = NORMAL");
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: path.join(process.cwd(), "drizzle") });
  seedReferenceData(db);
  return db;
}

let instance: Db | undefined;

/** The process-wide connection, opened on first use. */
export function getDb(): Db {
  instance ??= openDatabase();
  return instance;
}

/**
 * For a thread that only reads (the figures thread, lib/stats/figures-thread.ts): this thread's
 * connection opens the file read-only, without migrating; the server process migrated it.
 */
export function openReadOnlyConnection(file: string = databasePath()): Db {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  sqlite.pragma("busy_timeout = 10000");
  instance = drizzle(sqlite, { schema });
  return instance;
}

/** Closes the process-wide connection (scripts and tests). */
export function closeDb(): void {
  instance?.$client.close();
  instance = undefined;
}
