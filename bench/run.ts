/**
 * `npm run bench [-- --duration 10 --connections 50 --scales 1,10 --only pages,meedoen,fanout,figures,processes --port 3400 --short --public /,/cijfers]`:
 * loads the production build and the bare baseline (bench/baseline.ts) on the same
 * Heerlen-Noord-scale data, page by page, on loopback; prints requests/s, p50/p95/p99, errors,
 * the ratio to the baseline and the server's peak memory; measures the JavaScript of each public
 * page, the fan-out of an update (bench/fanout.ts), the dashboard and public pages while residents
 * write 20 times a second (bench/figures.ts); then repeats on ten times the data and prints how
 * p95 grew. On the first scale it also compares 1 and 2 server processes (WEB_CONCURRENCY) for
 * signed-in pages and writes (bench/processes.ts). `--short` is for checking that the script
 * works (3 s per measurement), not for figures to quote. Results go to bench/results/<time>.json.
 */
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import { createRequire } from "node:module";
import path from "node:path";
import Database from "better-sqlite3";
import { buildIfNeeded, SERVER_ARGS } from "../scripts/build-if-needed";
import { countAnswers, networkOf, prepareSurvey } from "./surveys";
import { javascriptOf } from "./javascript";
import { load, type LoadResult, type LoadTarget } from "./load";
import { measureFanout, type FanoutResult } from "./fanout";
import { measureFiguresUnderWrites, type FiguresResult } from "./figures";
import { measureProcesses, type ProcessesResult } from "./processes";
import { memoryWatcher, startServer, stopServer } from "./server";
import { actionIds } from "../e2e/support/server-actions";
import { asActionCall, countWrites, createSessionPool, formFields, postEach } from "./writes";

const arg = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1]! : fallback;
};
const short = process.argv.includes("--short");
const duration = Number(arg("duration", short ? "3" : "10"));
const connections = Number(arg("connections", "50"));
const scales = arg("scales", "1,10").split(",").map(Number);
// `--only surveys` measures a vragenlijst's screens (page cache) and 200 answers/s sent (bench/surveys.ts).
// `--only fanout` measures just the fan-out of an update to 10,000 followers (bench/fanout.ts); any
// comma-separated choice of pages (pages, writes, JavaScript), meedoen (its pages and taking a
// place, also part of pages), fanout, figures and processes.
const parts = new Set(arg("only", "pages,fanout,figures,processes").split(","));
const APP = Number(arg("port", "3400"));
// The public pages read while residents write (figures); "ID" stands for the idea they back. To
// see which page makes the tail, e.g. `--public /cijfers`.
const FIGURES_PUBLIC_PATHS = arg("public", "/,/initiatieven,/initiatieven/ID,/activiteiten,/cijfers").split(",");
// The mails of the sign-ups in the load, apart from the demo outbox (and outside the project).
const OUTBOX = path.join(os.tmpdir(), "burgers-maken-bench-outbox");
const BASELINE = APP + 1;
/** Writes per second while the figures are measured (the issue's "busy evening"). */
const FIGURES_WRITES_PER_SECOND = 20;
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

type Row = { page: string; app: LoadResult; baseline?: LoadResult; written?: number; repeated?: number; peakMemoryMb: number };

function prepareDatabase(scale: number): { file: string; ids: Record<string, number>; cookies: Record<string, string>; pool: string[] } {
  const source = scale === 1 ? "data/scale.db" : `data/scale-x${scale}.db`;
  if (!fs.existsSync(source)) {
    spawnSync(process.execPath, ["--import", "tsx", "db/generate-scale.ts", "--scale", String(scale)], { stdio: "inherit" });
    // A live site runs its jobs every minute: the measured database has them done (the nightly
    // cleanup of years of guests, the reminders), so a measurement starts from a site's everyday state.
    spawnSync(process.execPath, ["--import", "tsx", "scripts/jobs-run.ts"], { stdio: "inherit", env: { ...process.env, DATABASE_PATH: source, MAIL_OUTBOX_DIR: OUTBOX } });
  }
  const file = "data/bench.db";
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
  fs.copyFileSync(source, file);
  const db = new Database(file);
  const id = (query: string) => (db.prepare(query).get() as { id: number }).id;
  const ids = {
    initiative: id("select id from initiatives where status = 'zoekt_steun' and hidden_at is null order by id limit 1"),
    activity: id(`select id from activities where signup_deadline > ${Date.now() + 86_400_000} and cancelled_at is null order by starts_at limit 1`),
    place: addHelpPlaces(db),
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

/**
 * Places to help in the coming weeks (the scale data has none): 100 in the wijken, and one with
 * room for every take of the load, whose page and take form are measured.
 */
function addHelpPlaces(db: Database.Database): number {
  const wijken = (db.prepare("select id from wijken order by id").all() as { id: number }[]).map((row) => row.id);
  const insert = db.prepare(
    "insert into help_places (task, bring, wijk_id, address, starts_at, ends_at, places, host_name, created_at) values (?, '', ?, 'Buurthuis', ?, ?, ?, 'Anna', ?)",
  );
  const now = Date.now();
  const hour = 3_600_000;
  db.transaction(() => {
    for (let i = 0; i < 100; i++) insert.run(`Meehelpen in de buurt ${i}`, wijken[i % wijken.length], now + (i + 2) * 5 * hour, now + (i + 2) * 5 * hour + 3 * hour, 4, now);
  })();
  return Number(insert.run("Soep maken voor de buren", wijken[0], now + 3 * 86_400_000, now + 3 * 86_400_000 + 3 * hour, 1_000_000, now).lastInsertRowid);
}

type ScaleResult = {
  scale: number;
  rows: Row[];
  peakMemoryMb: number;
  javascript?: Awaited<ReturnType<typeof javascriptOf>>;
  fanout?: FanoutResult;
  figures?: FiguresResult;
  processes?: ProcessesResult;
};

async function runScale(scale: number, first: boolean): Promise<ScaleResult> {
  const { file, ids, cookies, pool } = prepareDatabase(scale);
  fs.rmSync(OUTBOX, { recursive: true, force: true });
  const env = { DATABASE_PATH: file, MAIL_OUTBOX_DIR: OUTBOX, PORT: String(APP), AUTH_SECRET: "bench-secret-0123456789abcdef0123", AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1", SEED_DEMO: "0",
    // All load comes from one loopback address: per-IP write limits would turn writes into refusals.
    BACKING_LIMIT_PER_IP: "100000000", SIGNUP_LIMIT_PER_IP: "100000000",
    // Survey answers come as from phones on many networks (X-Forwarded-For, as from the proxy in
    // front), so they meet the survey's own per-network limit as they would on a busy evening.
    TRUSTED_PROXIES: "1" };
  // The production server as `npm start` runs it: Next behind the page cache.
  const app = await startServer(SERVER_ARGS, env, `http://127.0.0.1:${APP}/privacy`);
  const baseline = parts.has("pages") ? await startServer(["--import", "tsx", "bench/baseline.ts"], { ...env, PORT: String(BASELINE) }, `http://127.0.0.1:${BASELINE}/`) : null;
  const memory = memoryWatcher(app.pid!);
  const options = { connections, duration };
  const rows: Row[] = [];
  const result: ScaleResult = { scale, rows, peakMemoryMb: 0 };
  const base = `http://127.0.0.1:${APP}`;
  const resident = (n: number) => `authjs.session-token=${pool[n % pool.length]}`;
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
      ["/meedoen", ""],
      [`/meedoen/${ids.place}`, ""],
    ];
    // `--only meedoen`: just the places to help (their pages and taking one), with the activity
    // sign-up without JavaScript beside it to compare.
    const measured = (label: string) => parts.has("pages") || (parts.has("meedoen") && /meedoen|^POST aanmelden \(/.test(label));
    for (const [page, baselinePath, headers, path = page] of pages.filter(([label]) => measured(label))) {
      const target: LoadTarget = { url: `http://127.0.0.1:${APP}${path}`, headers };
      memory.reset();
      const row: Row = { page, app: await load(target, options), peakMemoryMb: memory.peak() };
      if (baselinePath) row.baseline = await load({ url: `http://127.0.0.1:${BASELINE}${baselinePath}` }, options);
      rows.push(row);
      console.log(`  ${page}: ${row.app.requestsPerSecond.toFixed(0)} req/s, p95 ${row.app.p95} ms`);
    }
    if (parts.has("pages") || parts.has("meedoen")) {
      const backing = await formFields(base, `/initiatieven/${ids.initiative}`, /\bSteunen\b/, resident(0));
      const signup = await formFields(base, `/activiteiten/${ids.activity}`, /Aanmelden|wachtlijst/);
      const backingPost = (n: number) => ({ fields: backing, cookie: resident(n) });
      const take = await formFields(base, `/meedoen/${ids.place}`, /Ik help mee/);
      // A guest with only a number, a new one each time (06 12xxxxxx).
      const takePost = (n: number) => ({
        fields: [...take, ["name", "Meting"], ["phone", `0612${String(n % 1_000_000).padStart(6, "0")}`], ["consent", "ja"]] as [string, string][],
      });
      const signupPost = (n: number) => ({
        fields: [...signup, ["name", `Bewoner ${n}`], ["email", `bench-signup-${n}@voorbeeld.nl`], ["partySize", "2"], ["consent", "ja"]] as [string, string][],
      });
      const action = actionIds();
      // Without JavaScript the answer is a 303 to the page (measured here: the post alone; the browser
      // then loads the page, a signed-in render like "/privacy (ingelogd)"); with JavaScript the
      // page's RSC payload.
      // The second run of each starts further in the pool, so every request is a new resident.
      const writes: [string, LoadTarget, "backings" | "signups" | "takes"][] = [
        [`POST steunen (initiatief ${ids.initiative})`, postEach(base, `/initiatieven/${ids.initiative}`, backingPost), "backings"],
        ["POST steunen, met JavaScript", postEach(base, `/initiatieven/${ids.initiative}`, (n) => asActionCall(action["backInitiativeAction"]!, backingPost(n + pool.length / 2))), "backings"],
        [`POST aanmelden (activiteit ${ids.activity})`, postEach(base, `/activiteiten/${ids.activity}`, signupPost), "signups"],
        ["POST aanmelden, met JavaScript", postEach(base, `/activiteiten/${ids.activity}`, (n) => asActionCall(action["signUpAction"]!, signupPost(n + 1_000_000))), "signups"],
        [`POST meehelpen (meedoen ${ids.place})`, postEach(base, `/meedoen/${ids.place}`, takePost), "takes"],
      ];
      for (const [page, target, table] of writes.filter(([label]) => measured(label))) {
        const before = countWrites(file);
        memory.reset();
        const result = await load(target, options);
        const after = countWrites(file);
        rows.push({ page, app: result, written: after[table] - before[table], repeated: after.repeated - before.repeated, peakMemoryMb: memory.peak() });
        console.log(`  ${page}: ${result.requestsPerSecond.toFixed(0)} req/s, ${rows.at(-1)!.written} rows for ${result.requests} requests`);
      }
    }
    if (parts.has("surveys")) {
      const survey = prepareSurvey(file, 20_000);
      for (const page of [`/vragen/${survey.surveyId}`, `/vragen/${survey.surveyId}/1`, `/projecten/${survey.projectId}`]) {
        memory.reset();
        rows.push({ page, app: await load({ url: `${base}${page}` }, options), peakMemoryMb: memory.peak() });
        console.log(`  ${page}: ${rows.at(-1)!.app.requestsPerSecond.toFixed(0)} req/s, p95 ${rows.at(-1)!.app.p95} ms`);
      }
      const send = await formFields(base, `/vragen/${survey.surveyId}/versturen`, /Verstuur mijn antwoorden/);
      const answerPost = (n: number) => ({ fields: send, cookie: survey.cookies[n % survey.cookies.length], headers: { "x-forwarded-for": networkOf(n) } });
      const sends: [string, LoadTarget][] = [
        [`POST antwoorden versturen (vragenlijst ${survey.surveyId})`, postEach(base, `/vragen/${survey.surveyId}/versturen`, answerPost)],
        // The second run starts halfway in the devices, so every request is a device that has not sent yet.
        ["POST antwoorden, met JavaScript", postEach(base, `/vragen/${survey.surveyId}/versturen`, (n) => asActionCall(actionIds()["sendAnswersAction"]!, answerPost(n + survey.cookies.length / 2)))],
      ];
      for (const [page, target] of sends) {
        // A live server has run these code paths before: the first seconds after a start (compiling
        // the action's code, ~165 answers/s in the first 10 s) are not what is measured.
        await load(target, { ...options, duration: Math.min(3, options.duration) });
        const before = countAnswers(file, survey.surveyId);
        memory.reset();
        const sent = await load(target, options);
        const after = countAnswers(file, survey.surveyId);
        // "Run twice": a response without its own "answered" mark (a device counted double) — 0 by the primary key.
        rows.push({ page, app: sent, written: after.responses - before.responses, repeated: after.responses - before.responses - (after.answered - before.answered), peakMemoryMb: memory.peak() });
        console.log(`  ${page}: ${sent.requestsPerSecond.toFixed(0)} req/s, ${rows.at(-1)!.written} responses for ${sent.requests} requests`);
      }
    }
    if (parts.has("pages")) {
      result.javascript = await javascriptOf(base, ["/", "/initiatieven", `/initiatieven/${ids.initiative}`, "/initiatieven/nieuw", "/activiteiten", `/activiteiten/${ids.activity}`, "/cijfers"], { cookie: cookies.bewoner! });
    }
    if (parts.has("figures")) {
      // Residents from the end of the pool: the write loads above used its start and middle.
      result.figures = await measureFiguresUnderWrites(
        base,
        {
          initiative: ids.initiative!,
          alliance: cookies.alliantie!,
          resident: (n) => resident(Math.floor(pool.length * 0.9) + n),
          perSecond: FIGURES_WRITES_PER_SECOND,
          publicPaths: FIGURES_PUBLIC_PATHS.map((path) => path.replace("ID", String(ids.initiative))),
        },
        options,
      );
      const f = result.figures;
      console.log(`  figures under ${f.writesPerSecond} writes/s: /dashboard p95 ${f.dashboard.p95} ms, public pages p95 ${f.publicPages.p95} ms, age shown up to ${f.ageSeconds.max} s`);
    }
    if (parts.has("fanout")) {
      const fanout = await measureFanout(base, file, ids.initiative!, options);
      result.fanout = fanout;
      console.log(`  fan-out to ${fanout.followers} followers: p95 ${fanout.quiet.p95} ms -> ${fanout.duringFanout.p95} ms (x${fanout.p95Ratio}), ${fanout.mailed} mailed in ${fanout.seconds.toFixed(1)} s`);
    }
  } finally {
    memory.stop();
    result.peakMemoryMb = Math.round(Math.max(memory.peak(), ...rows.map((row) => row.peakMemoryMb)));
    await stopServer(app);
    if (baseline) await stopServer(baseline);
  }
  if (parts.has("processes") && first) {
    // Residents from 70% of the pool on, 4,000 per run of a write load.
    result.processes = await measureProcesses({
      base,
      file,
      env,
      initiative: ids.initiative!,
      resident: (n) => resident(Math.floor(pool.length * 0.7) + n),
      signedIn: cookies.bewoner!,
      options,
    });
  }
  return result;
}

function printFanout(fanout: FanoutResult) {
  console.log(`\nFan-out of one update to ${fanout.followers} followers (${fanout.page}):`);
  console.log(`  p95 without ${fanout.quiet.p95} ms, during ${fanout.duringFanout.p95} ms: x${fanout.p95Ratio} (target at most x1.2)`);
  console.log(`  req/s without ${fanout.quiet.requestsPerSecond.toFixed(0)}, during ${fanout.duringFanout.requestsPerSecond.toFixed(0)}; ${fanout.mailedDuringLoad} mailed while loaded, ${fanout.mailed} in ${fanout.seconds.toFixed(1)} s`);
}

/** "p95 12 ms", or that nothing was answered within the measurement (a p95 of 0 would look fast). */
const latency = (result: LoadResult) =>
  (result.requests === 0 ? "no answer within the measurement" : `${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50} ms, p95 ${result.p95} ms`) +
  (result.errors + result.non2xx > 0 ? `, ${result.errors + result.non2xx} errors (${result.unanswered} unanswered)` : "");

function printFigures(figures: FiguresResult) {
  console.log(`\nFigures while residents write (${figures.writesPerSecond} backings/s achieved, ${figures.writeErrors} refused or failed):`);
  console.log(`  /dashboard (alliance, 4 connections): ${latency(figures.dashboard)} (target p95 <= 150 ms at 10x)`);
  console.log(`  public pages (${figures.publicPaths.join(", ")}; ${connections} connections): ${latency(figures.publicPages)} (target p95 <= 100 ms)`);
  console.log(`  age the dashboard showed: median ${figures.ageSeconds.median} s, max ${figures.ageSeconds.max} s`);
}

function printProcesses(result: ProcessesResult) {
  console.log(`\n1 and 2 server processes (WEB_CONCURRENCY), ${connections} connections; the load generator (autocannon) runs in this process on the same machine:`);
  console.log("page                          1 proc req/s   p95 | 2 proc req/s   p95 | ratio");
  for (const row of result.rows) {
    const [one, two] = [row.runs[0]!, row.runs[1]!];
    const lost = row.runs.some((run) => run.written !== undefined) ? `  (rows written/requests: ${row.runs.map((run) => `${run.written}/${run.result.requests}`).join(", ")})` : "";
    const failed = row.runs.some((run) => run.result.errors + run.result.non2xx > 0) ? `  (errors or non-2xx: ${row.runs.map((run) => run.result.errors + run.result.non2xx).join(", ")})` : "";
    console.log(`${row.page.padEnd(28)} ${one.result.requestsPerSecond.toFixed(0).padStart(12)} ${String(one.result.p95).padStart(5)} | ${two.result.requestsPerSecond.toFixed(0).padStart(12)} ${String(two.result.p95).padStart(5)} | x${row.ratio.toFixed(2)}${lost}${failed}`);
  }
  for (const run of result.memory) console.log(`  peak RSS with ${run.processes} process(es): ${run.servers.join(" MB, ")} MB per server process${run.primaryMb ? ` (+ cluster primary ${run.primaryMb} MB)` : ""}`);
}

function printScale(result: ScaleResult) {
  console.log(`\nScale ${result.scale} — ${connections} connections, ${duration} s per page; server peak memory ${result.peakMemoryMb} MB`);
  if (result.rows.length > 0) console.log("page                          req/s   p50   p95   p99  errors  peak MB  vs baseline");
  for (const row of result.rows) {
    const ratio = row.baseline
      ? `${((row.app.requestsPerSecond / row.baseline.requestsPerSecond) * 100).toFixed(0)}% of ${row.baseline.requestsPerSecond.toFixed(0)}`
      : row.written !== undefined
        ? `${row.written} rows written for ${row.app.requests} requests, ${row.repeated} run twice`
        : "";
    const errors = row.app.errors + row.app.non2xx;
    console.log(`${row.page.padEnd(28)} ${row.app.requestsPerSecond.toFixed(0).padStart(6)} ${String(row.app.p50).padStart(5)} ${String(row.app.p95).padStart(5)} ${String(row.app.p99).padStart(5)} ${String(errors).padStart(7)}  ${row.peakMemoryMb.toFixed(0).padStart(7)}  ${ratio}`);
  }
  if (result.fanout) printFanout(result.fanout);
  if (result.figures) printFigures(result.figures);
  if (result.processes) printProcesses(result.processes);
  if (!result.javascript) return;
  console.log("\nJavaScript (gzipped): Next's floor and the app's own above it");
  for (const [page, size] of Object.entries(result.javascript.pages)) {
    console.log(`${page.padEnd(28)} floor ${(result.javascript.floorBytes / 1024).toFixed(1)} kB, own ${(size / 1024).toFixed(1)} kB`);
  }
}

if (!fs.existsSync(".next/BUILD_ID")) console.log("Building…");
buildIfNeeded(nextBin);
const results = [];
if (short) console.log("Short run (--short): checks that the benchmark works; its numbers are not for quoting.");
for (const scale of scales) {
  console.log(`\nScale ${scale}:`);
  results.push(await runScale(scale, scale === scales[0]));
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
fs.writeFileSync(out, JSON.stringify({ connections, duration, short, results }, null, 2));
console.log(`\nSaved ${out}`);
