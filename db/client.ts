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
  const db = drizzleOver(sqlite);
  migrate(db, { migrationsFolder: path.join(process.cwd(), "drizzle") });
  seedReferenceData(db);
  return db;
}

const keptStatements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** Drops the statements kept for a connection, so the next query of each text is prepared again (db/explain.ts watches prepares). */
export function forgetKeptStatements(client: Database.Database): void {
  keptStatements.get(client)?.clear();
}

/** Statements kept per connection; Drizzle's queries are a few hundred distinct texts. */
const STATEMENT_CACHE_SIZE = 1000;

/**
 * better-sqlite3 compiles a statement on every prepare and Drizzle prepares each query anew: on a
 * table with triggers and foreign keys that compile costs up to ~3 ms, far more than running it.
 * The connection Drizzle is given keeps each statement by its SQL text (least recently used out
 * first). Drizzle runs a statement right after preparing it, so a kept statement is never in use
 * twice at once; its raw mode, which Drizzle turns on for some reads, is reset each time.
 */
function withStatementCache(sqlite: Database.Database): Database.Database {
  const kept = new Map<string, Database.Statement>();
  keptStatements.set(sqlite, kept);
  const prepare = (source: string) => {
    let statement = kept.get(source);
    if (statement) kept.delete(source);
    else {
      statement = sqlite.prepare(source);
      if (kept.size >= STATEMENT_CACHE_SIZE) kept.delete(kept.keys().next().value!);
    }
    kept.set(source, statement);
    if (statement.reader) statement.raw(false);
    return statement;
  };
  return new Proxy(sqlite, {
    get(target, property) {
      if (property === "prepare") return prepare;
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** Drizzle on a connection, through its kept statements; code that holds its own statements gets the connection itself. */
function drizzleOver(sqlite: Database.Database): Db {
  const db = drizzle(withStatementCache(sqlite), { schema });
  db.$client = sqlite;
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
  instance = drizzleOver(sqlite);
  return instance;
}

/** Closes the process-wide connection (scripts and tests). */
export function closeDb(): void {
  instance?.$client.close();
  instance = undefined;
}
