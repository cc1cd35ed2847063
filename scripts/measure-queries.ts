/**
 * `npm run measure:queries [-- --runs 100] [-- --sql] [-- --only text] [-- --db a.db,b.db]`: how the
 * data path of each page grows with the data. Runs the real query functions of every public and
 * signed-in page on the scale databases (`npm run db:generate -- --scale N`) and prints median and
 * p95 per page and scale, and how p95 grew from the first database to the last.
 *
 * `--only` keeps the pages whose name contains the text. `--sql` also lists each SQL statement a
 * page runs with its median time and query plan, so the statement that grows stands out. Opening a
 * database applies pending migrations to it.
 */
import { performance } from "node:perf_hooks";
import type Database from "better-sqlite3";

const arg = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1]! : fallback;
};
const runs = Number(arg("runs", "100"));
const files = arg("db", "data/scale.db,data/scale-x10.db").split(",");
const showSql = process.argv.includes("--sql");
const only = arg("only", "");

const { closeDb, getDb } = await import("../db/client");
const { planOf, statementsOf } = await import("../db/explain");
const { findSessionUser } = await import("../lib/accounts/queries/accounts");
const { findOwnSignup, getActivity, listActivities, listOwnSignups, listSeries, listUpcomingActivities } = await import("../lib/activities/queries/activities");
const { getInitiativeDetail } = await import("../lib/initiatives/queries/detail");
const { listMyInitiatives, listNewestPublished, listPublished } = await import("../lib/initiatives/queries/lists");
const { listFilterSchema } = await import("../lib/initiatives/schema");
const { findSimilarIdeas } = await import("../lib/initiatives/queries/similar");
const { listThemes, listWijken } = await import("../lib/reference/queries/reference");
const { computeFigures } = await import("../lib/stats/figures");
const { parseStatsFilter } = await import("../lib/stats/filters");
const { goalProgress } = await import("../lib/stats/queries/goal");

type Sample = { initiative: number; activity: number; resident: string };

/** The rows the benchmark uses (bench/run.ts), and a resident with sign-ups and ideas of their own. */
function sample(client: Database.Database): Sample {
  const one = <T>(query: string) => Object.values(client.prepare(query).get() as Record<string, T>)[0]!;
  return {
    initiative: one("select id from initiatives where status = 'zoekt_steun' and hidden_at is null order by id limit 1"),
    activity: one(`select id from activities where signup_deadline > ${Date.now() + 86_400_000} and cancelled_at is null order by starts_at limit 1`),
    resident: one("select s.user_id from signups s join initiatives i on i.initiator_id = s.user_id order by s.id limit 1"),
  };
}

const list = (query: Record<string, string>) => listPublished(listFilterSchema.parse(query));
const figures = (query: Record<string, string>) => computeFigures(parseStatsFilter(query));

/** Each page's queries, as its server components call them (layout and metadata included). */
function pages(s: Sample): [string, () => unknown][] {
  const viewer = () => findSessionUser(s.resident)!;
  return [
    ["/", () => [goalProgress(), listNewestPublished(5), listUpcomingActivities(5)]],
    ["/initiatieven", () => [list({}), listWijken(), listThemes()]],
    ["/initiatieven?wijk=3", () => [list({ wijk: "3" }), listWijken(), listThemes()]],
    ["/initiatieven?sort=steun", () => [list({ sort: "steun" }), listWijken(), listThemes()]],
    ["/initiatieven?q=moestuin", () => [list({ q: "moestuin" }), listWijken(), listThemes()]],
    ["/initiatieven?pagina=20", () => [list({ pagina: "20" }), listWijken(), listThemes()]],
    // The similar ideas below the title: a usual title, and the worst case, whose words are in every generated pitch.
    ["/api/v1/initiatives/similar?q=moestuinen", () => findSimilarIdeas("moestuinen")],
    ["/api/v1/initiatives/similar worst case", () => findSimilarIdeas("Samen de buurt mooier maken")],
    ["/initiatieven/[id]", () => getInitiativeDetail(s.initiative, null)],
    ["/initiatieven/[id] signed in", () => getInitiativeDetail(s.initiative, viewer())],
    ["/activiteiten", () => [listActivities({ past: false, page: 1 }), listWijken(), listSeries()]],
    ["/activiteiten?wijk=3", () => [listActivities({ wijkId: 3, past: false, page: 1 }), listWijken(), listSeries()]],
    ["/activiteiten?tijd=voorbij", () => [listActivities({ past: true, page: 1 }), listWijken(), listSeries()]],
    ["/activiteiten/[id]", () => [getActivity(s.activity), getActivity(s.activity)]],
    ["/activiteiten/[id] signed in", () => [getActivity(s.activity), getActivity(s.activity), findOwnSignup(s.activity, viewer().id)]],
    ["/account", () => [viewer(), listWijken(), listMyInitiatives(s.resident), listOwnSignups(s.resident)]],
    ["figures (/cijfers, /dashboard)", () => figures({})],
    ["figures ?wijk=5", () => figures({ wijk: "5" })],
    ["figures one year", () => figures({ van: "2025-11-01", tot: "2026-10-31" })],
  ];
}

function percentiles(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

function time(work: () => unknown, times: number): { median: number; p95: number } {
  work();
  const samples = Array.from({ length: times }, () => {
    const started = performance.now();
    work();
    return performance.now() - started;
  });
  return percentiles(samples);
}

function printStatements(client: Database.Database, work: () => unknown): void {
  for (const { sql, params } of statementsOf(client, work)) {
    const statement = client.prepare(sql);
    const { median } = time(() => (statement.reader ? statement.all(...params) : statement.run(...params)), Math.min(runs, 30));
    console.log(`      ${median.toFixed(3).padStart(8)} ms  ${sql.replace(/\s+/g, " ").slice(0, 160)}`);
    console.log(`                   plan: ${planOf(client, { sql, params }).join(" / ")}`);
  }
}

const results = new Map<string, { median: number; p95: number }[]>();
for (const file of files) {
  process.env.DATABASE_PATH = file;
  const client = getDb().$client;
  const s = sample(client);
  console.log(`\n${file} (initiative ${s.initiative}, activity ${s.activity}, resident ${s.resident})`);
  for (const [page, work] of pages(s).filter(([page]) => page.includes(only))) {
    const figuresPage = page.startsWith("figures");
    const result = time(work, figuresPage ? Math.max(5, Math.round(runs / 10)) : runs);
    results.set(page, [...(results.get(page) ?? []), result]);
    console.log(`  ${page.padEnd(32)} median ${result.median.toFixed(2).padStart(7)} ms  p95 ${result.p95.toFixed(2).padStart(7)} ms`);
    if (showSql) printStatements(client, work);
  }
  closeDb();
}

if (files.length > 1) {
  console.log(`\nGrowth of p95 from ${files[0]} to ${files.at(-1)}:`);
  for (const [page, [first, ...rest]] of results) {
    console.log(`  ${page.padEnd(32)} ×${(rest.at(-1)!.p95 / first!.p95).toFixed(1)}`);
  }
}
