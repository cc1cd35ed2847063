import { fork } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { closeDb, databasePath, getDb } from "@/db/client";
import { backupDatabase, pruneBackups, restoreDatabase } from "@/lib/platform/maintenance/backup";

const WRITER = `
const Database = require(${JSON.stringify(require.resolve("better-sqlite3"))});
const db = new Database(process.argv[2]);
db.pragma("journal_mode = WAL"); db.pragma("busy_timeout = 10000");
const insert = db.prepare("insert into rate_limit_hits (bucket, created_at) values ('load', ?)");
const until = Date.now() + Number(process.argv[3]);
let n = 0;
process.send("started");
while (Date.now() < until) { insert.run(Date.now()); n++; }
process.send(n);
`;

const rows = (file: string) => {
  const db = new Database(file, { readonly: true });
  const n = (db.prepare("select count(*) as n from rate_limit_hits where bucket = 'load'").get() as { n: number }).n;
  db.close();
  return n;
};

describe("backup and restore", () => {
  it("backs up a consistent copy while another process writes, and restores it", async () => {
    getDb();
    closeDb();
    const live = databasePath();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bmh-backup-"));
    const script = path.join(dir, "writer.cjs");
    fs.writeFileSync(script, WRITER);

    const writer = fork(script, [live, "1500"]);
    await new Promise((resolve) => writer.once("message", resolve));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const backup = await backupDatabase(live, path.join(dir, "backups"));
    const written = await new Promise<number>((resolve) => writer.on("message", (m) => typeof m === "number" && resolve(m)));

    expect(fs.readdirSync(path.dirname(backup))).toEqual([path.basename(backup)]);
    const inBackup = rows(backup);
    expect(inBackup).toBeGreaterThan(0);
    expect(inBackup).toBeLessThanOrEqual(written);
    expect(rows(live)).toBe(written);

    await restoreDatabase(backup, live);
    expect(rows(live)).toBe(inBackup);
    const check = new Database(live);
    expect(check.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(check.pragma("journal_mode", { simple: true })).toBe("wal");
    check.close();
  });

  it("waits for a lock on the live file instead of reporting an empty restore as done", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bmh-locked-"));
    const live = path.join(dir, "live.db");
    const backup = path.join(dir, "backup.db");
    for (const [file, count] of [[live, 1], [backup, 300]] as const) {
      const db = new Database(file);
      db.pragma("journal_mode = WAL");
      db.exec("create table rate_limit_hits (bucket text, created_at integer)");
      const insert = db.prepare("insert into rate_limit_hits values ('load', ?)");
      for (let i = 0; i < count; i++) insert.run(i);
      db.close();
    }
    const holder = new Database(live);
    holder.exec("begin immediate");
    const released = new Promise<void>((resolve) =>
      setTimeout(() => {
        holder.exec("commit");
        holder.close();
        resolve();
      }, 300),
    );

    await restoreDatabase(backup, live);
    await released;
    expect(rows(live)).toBe(300);
  });

  it("refuses to restore a damaged file, and keeps the newest backups when pruning", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bmh-prune-"));
    const broken = path.join(dir, "broken.db");
    fs.writeFileSync(broken, "dit is geen database");
    await expect(restoreDatabase(broken, path.join(dir, "target.db"))).rejects.toThrow();
    for (const name of ["app-20260101-000000.db", "app-20260102-000000.db", "app-20260103-000000.db"]) fs.writeFileSync(path.join(dir, name), "");
    fs.rmSync(broken);
    expect(pruneBackups(dir, 2)).toEqual(["app-20260101-000000.db"]);
  });
});
