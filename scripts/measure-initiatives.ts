/**
 * Speed check for the initiatives pages: fills a temporary database with 2,000 initiatives and
 * 100,000 backings, then times (1) the list and detail queries in-process and (2) the real
 * server render of the pages over HTTP with `next start` (needs a build: `npm run build`).
 *
 *   npx tsx --conditions=react-server scripts/measure-initiatives.ts
 *
 * (`react-server` lets this script import the query modules, which are marked server-only.)
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

const INITIATIVES = 2_000;
const BACKINGS = 100_000;
const USERS = 1_000;
const PORT = Number(process.env.MEASURE_PORT ?? 3350);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bmh-measure-"));
process.env.DATABASE_PATH = path.join(dir, "measure.db");

const { openDatabase, getDb, closeDb } = await import("../db/client");
const { listPublished } = await import("../lib/initiatives/queries/lists");
const { getInitiativeDetail } = await import("../lib/initiatives/queries/detail");
const { listFilterSchema } = await import("../lib/initiatives/schema");

function fill(): void {
  const db = openDatabase(process.env.DATABASE_PATH);
  const sqlite = db.$client;
  const statuses = ["zoekt_steun", "zoekt_steun", "in_uitvoering", "gerealiseerd", "ingediend", "concept"];
  const now = Date.now();
  sqlite.transaction(() => {
    const user = sqlite.prepare("insert into users (id, email, display_name, role, created_at) values (?, ?, ?, 'bewoner', ?)");
    for (let u = 0; u < USERS; u++) user.run(`u${u}`, `u${u}@meet.nl`, `Bewoner ${u}`, now);
    const initiative = sqlite.prepare(`insert into initiatives (title, pitch, description, wijk_id, theme_id, status, initiator_id,
      published_at, submitted_at, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    for (let i = 0; i < INITIATIVES; i++) {
      const status = statuses[i % statuses.length]!;
      const published = ["zoekt_steun", "in_uitvoering", "gerealiseerd"].includes(status) ? now - i * 60_000 : null;
      initiative.run(`Idee nummer ${i} voor de buurt`, `Een korte uitleg van idee ${i}, samen met de buren.`, "Meer uitleg. ".repeat(40),
        (i % 14) + 1, (i % 5) + 1, status, `u${i % USERS}`, published, now - i * 70_000, now - i * 80_000, now);
    }
    // 100,000 backings: 50 distinct residents on each initiative.
    const backing = sqlite.prepare("insert into backings (initiative_id, user_id, help_offered, help_note, created_at) values (?, ?, ?, ?, ?)");
    for (let n = 0; n < BACKINGS; n++) {
      const initiativeId = (n % INITIATIVES) + 1;
      const userIndex = (Math.floor(n / INITIATIVES) * 17 + initiativeId) % USERS;
      const helps = n % 10 === 0 ? 1 : 0;
      backing.run(initiativeId, `u${userIndex}`, helps, helps ? "Ik help graag." : null, now);
    }
    sqlite.exec(`update initiatives set
      backing_count = (select count(*) from backings b where b.initiative_id = initiatives.id),
      helper_count = (select count(*) from backings b where b.initiative_id = initiatives.id and b.help_offered = 1)`);
    const comment = sqlite.prepare("insert into comments (initiative_id, author_id, body, created_at) values (?, ?, ?, ?)");
    for (let c = 0; c < 10_000; c++) comment.run((c % INITIATIVES) + 1, `u${c % USERS}`, "Goed plan, ik doe mee!", now);
    const change = sqlite.prepare("insert into initiative_status_changes (initiative_id, from_status, to_status, created_at) values (?, 'concept', 'ingediend', ?)");
    for (let i = 1; i <= INITIATIVES; i++) change.run(i, now);
  })();
  sqlite.exec("analyze");
  sqlite.close();
}

function stats(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `median ${at(0.5).toFixed(2)} ms · p95 ${at(0.95).toFixed(2)} ms · max ${sorted.at(-1)!.toFixed(2)} ms`;
}

function time(label: string, runs: number, body: () => unknown): void {
  body();
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    body();
    samples.push(performance.now() - start);
  }
  console.log(`  ${label.padEnd(44)} ${stats(samples)}`);
}

async function timeHttp(label: string, url: string, runs: number): Promise<void> {
  await fetch(url).then((r) => r.text());
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    const response = await fetch(url);
    await response.text();
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    samples.push(performance.now() - start);
  }
  console.log(`  ${label.padEnd(44)} ${stats(samples)}`);
}

async function measureHttp(detailId: number): Promise<void> {
  if (!fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    console.log("\nNo build found: run `npm run build` first to time the pages over HTTP.");
    return;
  }
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const server = spawn(process.execPath, [nextBin, "start", "-p", String(PORT)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: "measure-only-secret-0123456789abcdef", AUTH_TRUST_HOST: "true" },
    stdio: "ignore",
  });
  try {
    const base = `http://127.0.0.1:${PORT}`;
    for (let tries = 0; ; tries++) {
      const up = await fetch(`${base}/privacy`).then((r) => r.ok, () => false);
      if (up) break;
      if (tries > 120) throw new Error("next start did not come up");
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    console.log("\nServer render over HTTP (next start, loopback, whole HTML response):");
    await timeHttp("GET /initiatieven", `${base}/initiatieven`, 50);
    await timeHttp("GET /initiatieven?sort=steun", `${base}/initiatieven?sort=steun`, 50);
    await timeHttp("GET /initiatieven?wijk=3&thema=2&q=buurt", `${base}/initiatieven?wijk=3&thema=2&q=buurt`, 50);
    await timeHttp("GET /initiatieven?pagina=40", `${base}/initiatieven?pagina=40`, 50);
    await timeHttp(`GET /initiatieven/${detailId}`, `${base}/initiatieven/${detailId}`, 50);
    await timeHttp("GET /api/v1/initiatives?sort=steun", `${base}/api/v1/initiatives?sort=steun`, 50);
  } finally {
    server.kill("SIGTERM");
  }
}

const started = performance.now();
fill();
console.log(`Filled ${INITIATIVES} initiatives, ${BACKINGS} backings, 10,000 comments in ${((performance.now() - started) / 1000).toFixed(1)} s (${dir}).`);

const filter = (query: Record<string, string>) => listFilterSchema.parse(query);
console.log("\nQueries in-process (the data path of each page):");
time("list, newest first", 200, () => listPublished(filter({})));
time("list, most support first", 200, () => listPublished(filter({ sort: "steun" })));
time("list, wijk + theme + status", 200, () => listPublished(filter({ wijk: "3", thema: "2", status: "zoekt_steun" })));
time("list, search in title and pitch", 200, () => listPublished(filter({ q: "nummer 12" })));
time("list, page 40", 200, () => listPublished(filter({ pagina: "40" })));
time("detail, visitor", 200, () => getInitiativeDetail(7, null));
time("detail, initiator (with helpers)", 200, () => getInitiativeDetail(7, { id: "u7", role: "bewoner" }));

const plans = {
  "most support, all public": "status in ('zoekt_steun','in_uitvoering','gerealiseerd') and hidden_at is null order by (backing_count + paper_count) desc",
  "most support, one status": "status = 'zoekt_steun' and hidden_at is null order by (backing_count + paper_count) desc",
  "newest, one wijk": "wijk_id = 3 and status in ('zoekt_steun','in_uitvoering','gerealiseerd') order by published_at desc",
};
console.log("\nQuery plans:");
for (const [label, where] of Object.entries(plans)) {
  const rows = getDb().$client.prepare(`explain query plan select id from initiatives where ${where} limit 20`).all() as { detail: string }[];
  console.log(`  ${label.padEnd(28)} ${rows.map((p) => p.detail).join(" / ")}`);
}
closeDb();

await measureHttp(7);
fs.rmSync(dir, { recursive: true, force: true });
