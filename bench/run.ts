/**
 * `npm run bench [-- --duration 10 --connections 50 --scales 1,10]`: loads the production build and
 * the bare baseline (bench/baseline.ts) on the same Heerlen-Noord-scale data, page by page, on
 * loopback; prints requests/s, p50/p95/p99, errors, the ratio to the baseline and the server's
 * peak memory; measures the JavaScript of each public page; then repeats on ten times the data
 * and prints how p95 grew. Results go to bench/results/<time>.json.
 */
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import { createRequire } from "node:module";
import path from "node:path";
import Database from "better-sqlite3";
import { buildIfNeeded, SERVER_ARGS } from "../scripts/build-if-needed";
import { javascriptOf } from "./javascript";
import { load, type LoadResult, type LoadTarget } from "./load";
import { measureFanout, type FanoutResult } from "./fanout";
import { memoryWatcher, startServer } from "./server";
import { actionIds } from "../e2e/support/server-actions";
import { asActionCall, countWrites, createSessionPool, formFields, postEach } from "./writes";

const arg = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1]! : fallback;
};
const duration = Number(arg("duration", "10"));
const connections = Number(arg("connections", "50"));
const scales = arg("scales", "1,10").split(",").map(Number);
// `--only fanout` measures just the fan-out of an update to 10,000 followers (bench/fanout.ts).
const only = arg("only", "");
const APP = 3400;
// The mails of the sign-ups in the load, apart from the demo outbox (and outside the project).
const OUTBOX = path.join(os.tmpdir(), "burgers-maken-bench-outbox");
const BASELINE = 3401;
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

type Row = { page: string; app: LoadResult; baseline?: LoadResult; written?: number; repeated?: number; peakMemoryMb: number };

function prepareDatabase(scale: number): { file: string; ids: Record<string, number>; cookies: Record<string, string>; pool: string[] } {
  const source = scale === 1 ? "data/scale.db" : `data/scale-x${scale}.db`;
  if (!fs.existsSync(source)) spawnSync(process.execPath, ["--import", "tsx", "db/generate-scale.ts", "--scale", String(scale)], { stdio: "inherit" });
  const file = "data/bench.db";
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
  fs.copyFileSync(source, file);
  const db = new Database(file);
  const id = (query: string) => (db.prepare(query).get() as { id: number }).id;
  const ids = {
    initiative: id("select id from initiatives where status = 'zoekt_steun' and hidden_at is null order by id limit 1"),
    activity: id(`select id from activities where signup_deadline > ${Date.now() + 86_400_000} and cancelled_at is null order by starts_at limit 1`),
  };
  const cookies: Record<string, string> = {};
  for (const role of ["bewoner", "alliantie"]) {
    const token = crypto.randomBytes(24).toString("hex");
    db.prepare("insert or ignore into users (id, email, display_name, role, created_at) values (?, ?, 'Meting', ?, ?)").run(`bench-${role}`, `bench-${role}@voorbeeld.nl`, role, Date.now());
    db.prepare("insert into sessions (session_token, user_id, expires) values (?, ?, ?)").run(token, `bench-${role}`, Date.now() + 86_400_000);
    cookies[role] = `authjs.session-token=${token}`;
  }
  db.close();
  return { file, ids, cookies, pool: createSessionPool(file, 40_000) };
}

async function runScale(scale: number) {
  const { file, ids, cookies, pool } = prepareDatabase(scale);
  fs.rmSync(OUTBOX, { recursive: true, force: true });
  const env = { DATABASE_PATH: file, MAIL_OUTBOX_DIR: OUTBOX, PORT: String(APP), AUTH_SECRET: "bench-secret-0123456789abcdef0123", AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1", SEED_DEMO: "0",
    // All load comes from one loopback address: per-IP write limits would turn writes into refusals.
    BACKING_LIMIT_PER_IP: "100000000", SIGNUP_LIMIT_PER_IP: "100000000" };
  // The production server as `npm start` runs it: Next behind the page cache.
  const app = await startServer(SERVER_ARGS, env, `http://127.0.0.1:${APP}/privacy`);
  const baseline = await startServer(["--import", "tsx", "bench/baseline.ts"], { ...env, PORT: String(BASELINE) }, `http://127.0.0.1:${BASELINE}/`);
  const memory = memoryWatcher(app.pid!);
  const options = { connections, duration };
  const rows: Row[] = [];
  try {
    // [label, baseline path, headers, path when it differs from the label]
    const pages: [string, string, Record<string, string>?, string?][] = [
      ["/", "/"],
      ["/initiatieven", "/initiatieven"],
      ["/initiatieven?wijk=3", "/initiatieven?wijk=3"],
      [`/initiatieven/${ids.initiative}`, `/initiatieven/${ids.initiative}`],
      ["/activiteiten", "/activiteiten"],
      [`/activiteiten/${ids.activity}`, `/activiteiten/${ids.activity}`],
      ["/cijfers", ""],
      // A page without any data, signed in: what Next itself costs per rendered request.
      ["/privacy (ingelogd)", "", { cookie: cookies.bewoner! }, "/privacy"],
      ["/account", "", { cookie: cookies.bewoner! }],
      ["/dashboard", "", { cookie: cookies.alliantie! }],
    ];
    for (const [page, baselinePath, headers, path = page] of only ? [] : pages) {
      const target: LoadTarget = { url: `http://127.0.0.1:${APP}${path}`, headers };
      memory.reset();
      const row: Row = { page, app: await load(target, options), peakMemoryMb: memory.peak() };
      if (baselinePath) row.baseline = await load({ url: `http://127.0.0.1:${BASELINE}${baselinePath}` }, options);
      rows.push(row);
      console.log(`  ${page}: ${row.app.requestsPerSecond.toFixed(0)} req/s, p95 ${row.app.p95} ms`);
    }
    const base = `http://127.0.0.1:${APP}`;
    const resident = (n: number) => `authjs.session-token=${pool[n % pool.length]}`;
    const backing = await formFields(base, `/initiatieven/${ids.initiative}`, /\bSteunen\b/, resident(0));
    const signup = await formFields(base, `/activiteiten/${ids.activity}`, /Aanmelden|wachtlijst/);
    const backingPost = (n: number) => ({ fields: backing, cookie: resident(n) });
    const signupPost = (n: number) => ({
      fields: [...signup, ["name", `Bewoner ${n}`], ["email", `bench-signup-${n}@voorbeeld.nl`], ["partySize", "2"], ["consent", "ja"]] as [string, string][],
    });
    const action = actionIds();
    // Without JavaScript the answer is the whole page again; with JavaScript the page's RSC payload.
    // The second run of each starts further in the pool, so every request is a new resident.
    const writes: [string, LoadTarget, "backings" | "signups"][] = [
      [`POST steunen (initiatief ${ids.initiative})`, postEach(base, `/initiatieven/${ids.initiative}`, backingPost), "backings"],
      ["POST steunen, met JavaScript", postEach(base, `/initiatieven/${ids.initiative}`, (n) => asActionCall(action["lib/initiatives/actions/backing.ts#backInitiativeAction"]!, backingPost(n + pool.length / 2))), "backings"],
      [`POST aanmelden (activiteit ${ids.activity})`, postEach(base, `/activiteiten/${ids.activity}`, signupPost), "signups"],
      ["POST aanmelden, met JavaScript", postEach(base, `/activiteiten/${ids.activity}`, (n) => asActionCall(action["lib/activities/actions.ts#signUpAction"]!, signupPost(n + 1_000_000))), "signups"],
    ];
    for (const [page, target, table] of only ? [] : writes) {
      const before = countWrites(file);
      memory.reset();
      const result = await load(target, options);
      const after = countWrites(file);
      rows.push({ page, app: result, written: after[table] - before[table], repeated: after.repeated - before.repeated, peakMemoryMb: memory.peak() });
      console.log(`  ${page}: ${result.requestsPerSecond.toFixed(0)} req/s, ${rows.at(-1)!.written} rows for ${result.requests} requests`);
    }
    const fanout = await measureFanout(base, file, ids.initiative!, options);
    console.log(`  fan-out to ${fanout.followers} followers: p95 ${fanout.quiet.p95} ms -> ${fanout.duringFanout.p95} ms (x${fanout.p95Ratio}), ${fanout.mailed} mailed in ${fanout.seconds.toFixed(1)} s`);
    if (only) return { scale, rows, peakMemoryMb: Math.round(memory.peak()), javascript: { floorBytes: 0, pages: {} }, fanout };
    const javascript = await javascriptOf(`http://127.0.0.1:${APP}`, ["/", "/initiatieven", `/initiatieven/${ids.initiative}`, "/initiatieven/nieuw", "/activiteiten", `/activiteiten/${ids.activity}`, "/cijfers"], { cookie: cookies.bewoner! });
    return { scale, rows, peakMemoryMb: Math.round(Math.max(...rows.map((row) => row.peakMemoryMb))), javascript, fanout };
  } finally {
    memory.stop();
    app.kill();
    baseline.kill();
  }
}

function printFanout(fanout: FanoutResult) {
  console.log(`\nFan-out of one update to ${fanout.followers} followers (${fanout.page}):`);
  console.log(`  p95 without ${fanout.quiet.p95} ms, during ${fanout.duringFanout.p95} ms: x${fanout.p95Ratio} (target at most x1.2)`);
  console.log(`  req/s without ${fanout.quiet.requestsPerSecond.toFixed(0)}, during ${fanout.duringFanout.requestsPerSecond.toFixed(0)}; ${fanout.mailedDuringLoad} mailed while loaded, ${fanout.mailed} in ${fanout.seconds.toFixed(1)} s`);
}

function printScale(result: Awaited<ReturnType<typeof runScale>>) {
  console.log(`\nScale ${result.scale} — ${connections} connections, ${duration} s per page; server peak memory ${result.peakMemoryMb} MB`);
  console.log("page                          req/s   p50   p95   p99  errors  peak MB  vs baseline");
  for (const row of result.rows) {
    const ratio = row.baseline
      ? `${((row.app.requestsPerSecond / row.baseline.requestsPerSecond) * 100).toFixed(0)}% of ${row.baseline.requestsPerSecond.toFixed(0)}`
      : row.written !== undefined
        ? `${row.written} rows written for ${row.app.requests} requests, ${row.repeated} run twice`
        : "";
    const errors = row.app.errors + row.app.non2xx;
    console.log(`${row.page.padEnd(28)} ${row.app.requestsPerSecond.toFixed(0).padStart(6)} ${String(row.app.p50).padStart(5)} ${String(row.app.p95).padStart(5)} ${String(row.app.p99).padStart(5)} ${String(errors).padStart(7)}  ${row.peakMemoryMb.toFixed(0).padStart(7)}  ${ratio}`);
  }
  printFanout(result.fanout);
  console.log("\nJavaScript (gzipped): Next's floor and the app's own above it");
  for (const [page, size] of Object.entries(result.javascript.pages)) {
    console.log(`${page.padEnd(28)} floor ${(result.javascript.floorBytes / 1024).toFixed(1)} kB, own ${(size / 1024).toFixed(1)} kB`);
  }
}

if (!fs.existsSync(".next/BUILD_ID")) console.log("Building…");
buildIfNeeded(nextBin);
const results = [];
for (const scale of scales) {
  console.log(`\nScale ${scale}:`);
  results.push(await runScale(scale));
}
results.forEach(printScale);
if (results.length > 1) {
  const [first, last] = [results[0]!, results.at(-1)!];
  console.log(`\np95 growth from scale ${first.scale} to ${last.scale}:`);
  for (const row of first.rows) {
    // The same page or write at the other scale: labels differ only in the ids.
    const kind = (label: string) => label.replace(/\d+/g, "#");
    const other = last.rows.find((r) => kind(r.page) === kind(row.page));
    if (other) console.log(`${row.page.padEnd(28)} ${row.app.p95} ms -> ${other.app.p95} ms (x${(other.app.p95 / Math.max(1, row.app.p95)).toFixed(2)})`);
  }
}
const out = path.join("bench", "results", `${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
fs.writeFileSync(out, JSON.stringify({ connections, duration, results }, null, 2));
console.log(`\nSaved ${out}`);
