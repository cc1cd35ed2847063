import fs from "node:fs";
import path from "node:path";
import { getDb } from "@/db/client";
import { outboxDir } from "@/lib/platform/mail/outbox";

/** Every (table, column, value) of a text column that contains `needle`, case-insensitive. */
export function whereInDatabase(needle: string): string[] {
  const raw = getDb().$client;
  const tables = raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  const found: string[] = [];
  for (const table of tables) {
    const columns = raw.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; type: string }[];
    for (const column of columns) {
      const rows = raw
        .prepare(`SELECT CAST("${column.name}" AS TEXT) AS value FROM "${table}" WHERE instr(lower(CAST("${column.name}" AS TEXT)), lower(?)) > 0`)
        .pluck()
        .all(needle) as string[];
      found.push(...rows.map((value) => `${table}.${column.name}: ${value.slice(0, 80)}`));
    }
  }
  return found;
}

/** The files of an outbox folder (mail by default) that contain `needle`. */
export function whereInOutboxFolder(needle: string, dir = outboxDir()): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((file) => fs.readFileSync(path.join(dir, file), "utf8").toLowerCase().includes(needle.toLowerCase()));
}

