import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

function assertIntact(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    const result = db.pragma("integrity_check", { simple: true });
    if (result !== "ok") throw new Error(`${file} is damaged: ${String(result)}`);
  } finally {
    db.close();
  }
}

const LOCK_WAIT_MS = 10_000;

/**
 * Copies `source` into the file `target` with SQLite's online backup API. better-sqlite3 reports a
 * first step that found the target locked (another process writing or checkpointing) as a finished
 * copy of 0 pages, and copies nothing. A real database has at least one page, so 0 means "try
 * again" until the lock is gone.
 */
async function copyDatabase(source: Database.Database, target: string): Promise<void> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    const { totalPages } = await source.backup(target);
    if (totalPages > 0) return;
    if (Date.now() > deadline) throw new Error(`${target} stayed locked for ${LOCK_WAIT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const stamp = (date: Date) => date.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);

/**
 * A consistent copy of a live database with SQLite's online backup API: writers carry on while it
 * runs, and the copy is one moment of the database. The copy is checked before it is kept.
 */
export async function backupDatabase(source: string, directory: string, now = new Date()): Promise<string> {
  fs.mkdirSync(directory, { recursive: true });
  const target = path.join(directory, `${path.basename(source, ".db")}-${stamp(now)}.db`);
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 10000");
    await copyDatabase(db, target);
  } finally {
    db.close();
  }
  // A backup is one self-contained file: no -wal or -shm beside it.
  const copy = new Database(target);
  copy.pragma("journal_mode = DELETE");
  copy.close();
  assertIntact(target);
  return target;
}

/**
 * Puts a backup back. It goes through the same backup API into the live file, so a running app
 * sees the restored data at once and never a half-written file. The backup is checked first.
 */
export async function restoreDatabase(backup: string, target: string): Promise<void> {
  assertIntact(backup);
  const db = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    await copyDatabase(db, target);
  } finally {
    db.close();
  }
  const live = new Database(target);
  live.pragma("journal_mode = WAL");
  live.close();
  assertIntact(target);
}

/** Removes all but the newest `keep` backups in the directory. */
export function pruneBackups(directory: string, keep: number): string[] {
  const files = fs.readdirSync(directory).filter((f) => f.endsWith(".db")).sort();
  const removed = files.slice(0, Math.max(0, files.length - keep));
  for (const file of removed) fs.rmSync(path.join(directory, file));
  return removed;
}
