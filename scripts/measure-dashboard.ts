/**
 * `npm run measure:dashboard`: how fast the figures are at Heerlen-Noord scale. Times the stats
 * module directly, then the real /dashboard and /cijfers pages of the production build over HTTP.
 * Makes the scale database (`npm run db:generate`) and the build when they are missing.
 */
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import { buildIfNeeded } from "./build-if-needed";

const DB_FILE = "data/scale.db";
const PORT = 3199;
process.env.DATABASE_PATH = DB_FILE;

if (!fs.existsSync(DB_FILE)) spawnSync(process.execPath, ["--import", "tsx", "db/generate-scale.ts"], { stdio: "inherit" });

const { getDb } = await import("../db/client");
const { computeFigures } = await import("../lib/stats/figures");
const { parseStatsFilter } = await import("../lib/stats/filters");

const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`;
};

function time(runs: number, work: () => unknown): number[] {
  work();
  return Array.from({ length: runs }, () => {
    const started = performance.now();
    work();
    return performance.now() - started;
  });
}

const filters = { "no filter": {}, "one wijk": { wijk: "5" }, "one year": { van: "2025-11-01", tot: "2026-10-31" } };
console.log("Stats module (computeFigures), 30 runs each:");
for (const [name, params] of Object.entries(filters)) {
  console.log(`  ${name.padEnd(10)} ${summary(time(30, () => computeFigures(parseStatsFilter(params))))}`);
}

// A signed-in alliance member: a session row made directly, as Auth.js would after sign-in.
const db = getDb();
const token = crypto.randomBytes(24).toString("hex");
db.$client.prepare("insert or ignore into users (id, email, display_name, role, created_at) values ('bench-alliantie', 'bench-alliantie@voorbeeld.nl', 'Meting', 'alliantie', ?)").run(Date.now());
db.$client.prepare("insert into sessions (session_token, user_id, expires) values (?, 'bench-alliantie', ?)").run(token, Date.now() + 3_600_000);

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
buildIfNeeded(nextBin);
const server = spawn(process.execPath, [nextBin, "start", "-p", String(PORT)], {
  env: { ...process.env, AUTH_SECRET: "measure-secret-0123456789abcdef", AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1" },
  stdio: "ignore",
});
try {
  for (let i = 0; i < 100; i++) {
    if (await fetch(`http://127.0.0.1:${PORT}/privacy`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const cookie = `authjs.session-token=${token}`;
  for (const path of ["/dashboard", "/dashboard?wijk=5", "/cijfers"]) {
    const times: number[] = [];
    for (let i = 0; i < 31; i++) {
      const started = performance.now();
      const response = await fetch(`http://127.0.0.1:${PORT}${path}`, { headers: { cookie } });
      await response.text();
      if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
      if (i > 0) times.push(performance.now() - started);
    }
    console.log(`HTTP ${path.padEnd(18)} ${summary(times)}`);
  }
} finally {
  server.kill();
  db.$client.prepare("delete from sessions where session_token = ?").run(token);
}
