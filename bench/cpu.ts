/**
 * CPU of the server's main thread per request (robust on a busy machine, unlike req/s): /dashboard
 * as the alliance, and a backing posted without JavaScript (plus the page a browser then loads).
 * Usage: `npx tsx bench/cpu.ts data/scale.db 3520 30` (source database, port, requests); needs a
 * build (`npm run bench` or `npm start` makes one). docs/performance.md#the-dashboard quotes it.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import Database from "better-sqlite3";
import { SERVER_ARGS } from "../scripts/build-if-needed";
import { startServer, stopServer } from "./server";
import { createSessionPool, formFields } from "./writes";

const [source, port, count = "30"] = process.argv.slice(2);
const n = Number(count);
const file = `/tmp/cpu-${port}.db`;
for (const s of ["", "-wal", "-shm"]) fs.rmSync(file + s, { force: true });
fs.copyFileSync(source!, file);
const db = new Database(file);
const token = crypto.randomBytes(24).toString("hex");
db.prepare("insert or ignore into users (id, email, display_name, role, created_at) values ('c-all', 'c-all@voorbeeld.nl', 'Meting', 'alliantie', ?)").run(Date.now());
db.prepare("insert into sessions (session_token, user_id, expires) values (?, 'c-all', ?)").run(token, Date.now() + 86_400_000);
const initiative = (db.prepare("select id from initiatives where status = 'zoekt_steun' and hidden_at is null order by id limit 1").get() as { id: number }).id;
db.close();
const pool = createSessionPool(file, n * 2 + 5);
const env = { DATABASE_PATH: file, PORT: port!, AUTH_SECRET: "bench-secret-0123456789abcdef0123", AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1", SEED_DEMO: "0", MAIL_OUTBOX_DIR: "/tmp/cpu-outbox", BACKING_LIMIT_PER_IP: "100000000", FIGURES_MIN_GAP_MS: "600000" };
const base = `http://127.0.0.1:${port}`;
const app = await startServer(SERVER_ARGS, env, `${base}/privacy`);
const mainCpuMs = () => {
  const fields = fs.readFileSync(`/proc/${app.pid}/task/${app.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, 100 ticks a second
};
const alliance = { cookie: `authjs.session-token=${token}` };
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
try {
  for (let i = 0; i < 60; i++) {
    const html = await (await fetch(`${base}/dashboard`, { headers: alliance })).text();
    if (!/Wij tellen (de cijfers nu|nu opnieuw)/.test(html)) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  for (let i = 0; i < 5; i++) await (await fetch(`${base}/dashboard`, { headers: alliance })).text();
  let cpu = mainCpuMs();
  const walls: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await (await fetch(`${base}/dashboard`, { headers: alliance })).text();
    walls.push(performance.now() - t);
  }
  console.log(`/dashboard: ${((mainCpuMs() - cpu) / n).toFixed(1)} ms CPU per request (main thread), wall median ${median(walls).toFixed(0)} ms`);

  const page = `/initiatieven/${initiative}`;
  const cookieOf = (i: number) => `authjs.session-token=${pool[i]}`;
  const fields = await formFields(base, page, /\bSteunen\b/, cookieOf(0));
  const post = async (i: number) => {
    const form = new FormData();
    for (const [name, value] of fields) form.append(name, value);
    const answer = await fetch(`${base}${page}`, { method: "POST", body: form, headers: { cookie: cookieOf(i), origin: base }, redirect: "manual" });
    await answer.arrayBuffer();
    return answer;
  };
  for (let i = 1; i <= 3; i++) await post(i);
  cpu = mainCpuMs();
  const statuses = new Map<number, number>();
  let location: string | null = null;
  for (let i = 0; i < n; i++) {
    const answer = await post(4 + i);
    statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    location = answer.headers.get("location");
  }
  console.log(`POST backing without JavaScript: ${((mainCpuMs() - cpu) / n).toFixed(1)} ms CPU per post, statuses ${JSON.stringify(Object.fromEntries(statuses))}${location ? `, location ${location}` : ""}`);
  cpu = mainCpuMs();
  for (let i = 0; i < n; i++) await (await fetch(`${base}${location ?? page}`, { headers: { cookie: cookieOf(4 + i) } })).arrayBuffer();
  console.log(`GET of the page after it (signed in): ${((mainCpuMs() - cpu) / n).toFixed(1)} ms CPU per request`);
} finally {
  await stopServer(app);
}
