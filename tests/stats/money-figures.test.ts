import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import type { InitiativeStatus } from "@/db/enums";
import { fundPayments, fundReturns, fundSpendings, grants, initiativeResults, initiatives } from "@/db/schema";
import { parseStatsFilter, type StatsFilter } from "@/lib/stats/filters";
import { moneyFigures, type MoneyRow } from "@/lib/stats/queries/money-figures";
import { createUser } from "../support/factories";
import { createFund } from "../support/funds-factory";

const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1);
const STATUSES: InitiativeStatus[] = ["zoekt_steun", "in_uitvoering", "gerealiseerd"];

/** Random ideas, funds, grants and movements, written straight into the tables. */
function seedRandom(seed: number): void {
  const random = fc.sample(fc.integer({ min: 0, max: 1_000_000 }), { seed, numRuns: 5000 });
  let n = 0;
  const next = (max: number) => random[n++ % random.length]! % max;
  const db = getDb();
  const initiator = createUser();
  const fundIds = [createFund(0, 2024), createFund(0, 2025), createFund(0, 2026)];
  for (let i = 0; i < 40; i++) {
    const { id } = db
      .insert(initiatives)
      .values({ title: `Idee ${i}`, pitch: "x", wijkId: 1 + next(14), themeId: 1 + next(5), status: STATUSES[next(3)]!, initiatorId: initiator })
      .returning({ id: initiatives.id })
      .get();
    if (next(4) === 0) {
      db.insert(initiativeResults).values({ initiativeId: id, whatHappened: "x", peopleReached: next(200), volunteers: next(20), volunteerHours: next(300), updatedAt: new Date(START + next(1000) * DAY) }).run();
    }
    for (let g = next(3); g > 0; g--) {
      const decidedAt = new Date(START + next(1000) * DAY);
      const refused = next(5) === 0;
      const grant = db
        .insert(grants)
        .values({
          initiativeId: id,
          fundId: refused ? null : fundIds[next(3)]!,
          year: refused ? null : decidedAt.getUTCFullYear(),
          amountCents: refused ? null : 1 + next(500_000),
          reason: refused ? "Nee" : null,
          decidedAt,
        })
        .returning({ id: grants.id })
        .get();
      if (refused) continue;
      for (const table of [fundPayments, fundSpendings, fundReturns]) {
        for (let m = next(3); m > 0; m--) {
          const values = { grantId: grant.id, on: new Date(START + next(1000) * DAY), amountCents: 1 + next(100_000) };
          if (table === fundSpendings) db.insert(fundSpendings).values({ ...values, whatFor: "x" }).run();
          else db.insert(table).values(values).run();
        }
      }
    }
  }
}

type Flow = { kind: "granted" | "paid" | "spent" | "returned"; amount: number; at: number; year: number; fund: string; wijk: string; theme: string; leefgebied: string; wijkId: number; status: string; initiativeId: number };

/** The plain recount: every row read with one simple SQL statement per table, summed in JavaScript. */
function flows(): Flow[] {
  const raw = getDb().$client;
  const ideas = new Map(
    (raw.prepare("select i.id, i.wijk_id, i.status, w.name as wijk, t.name as theme, t.leefgebied from initiatives i join wijken w on w.id = i.wijk_id join themes t on t.id = i.theme_id").all() as {
      id: number; wijk_id: number; status: string; wijk: string; theme: string; leefgebied: string;
    }[]).map((row) => [row.id, row]),
  );
  const fundNames = new Map((raw.prepare("select id, name from funds").all() as { id: number; name: string }[]).map((f) => [f.id, f.name]));
  const grantRows = raw.prepare("select * from grants where amount_cents is not null").all() as { id: number; initiative_id: number; fund_id: number; year: number; amount_cents: number; decided_at: number }[];
  const byId = new Map(grantRows.map((g) => [g.id, g]));
  const flow = (kind: Flow["kind"], grantId: number, amount: number, at: number, year: number): Flow => {
    const grant = byId.get(grantId)!;
    const idea = ideas.get(grant.initiative_id)!;
    return { kind, amount, at, year, fund: fundNames.get(grant.fund_id)!, wijk: idea.wijk, theme: idea.theme, leefgebied: idea.leefgebied, wijkId: idea.wijk_id, status: idea.status, initiativeId: idea.id };
  };
  const result = grantRows.map((g) => flow("granted", g.id, g.amount_cents, g.decided_at, g.year));
  for (const [kind, table] of [["paid", "fund_payments"], ["spent", "fund_spendings"], ["returned", "fund_returns"]] as const) {
    for (const row of raw.prepare(`select grant_id, amount_cents, on_date from ${table}`).all() as { grant_id: number; amount_cents: number; on_date: number }[]) {
      result.push(flow(kind, row.grant_id, row.amount_cents, row.on_date, new Date(row.on_date).getUTCFullYear()));
    }
  }
  return result;
}

const inFilter = (at: number, wijkId: number, f: StatsFilter) =>
  (f.from === null || at >= f.from) && (f.toExclusive === null || at < f.toExclusive) && (f.wijkId === null || wijkId === f.wijkId);

function recount(list: Flow[], key: (flow: Flow) => string): MoneyRow[] {
  const rows = new Map<string, MoneyRow>();
  for (const flow of list) {
    const label = key(flow);
    const row = rows.get(label) ?? { label, granted: 0, paid: 0, spent: 0, returned: 0 };
    row[flow.kind] += flow.amount;
    rows.set(label, row);
  }
  return [...rows.values()].sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

describe("money figures against a plain recount on random data", () => {
  seedRandom(20261126);
  const all = flows();
  const day = (offset: number) => new Date(START + offset * DAY).toISOString().slice(0, 10);
  const filters = [
    {},
    { wijk: "3" },
    { van: day(100), tot: day(600) },
    { van: day(300), wijk: "7" },
    { tot: day(400), wijk: "1" },
    ...fc.sample(fc.record({ van: fc.integer({ min: 0, max: 900 }), len: fc.integer({ min: 0, max: 500 }), wijk: fc.integer({ min: 1, max: 14 }) }), { seed: 7, numRuns: 6 }).map((r) => ({
      van: day(r.van),
      tot: day(r.van + r.len),
      wijk: String(r.wijk),
    })),
  ];

  it.each(filters)("filter %o", (params) => {
    const filter = parseStatsFilter(params);
    const figures = moneyFigures(getDb(), filter);
    const mine = all.filter((f) => inFilter(f.at, f.wijkId, filter));
    expect(figures.byFund).toEqual(recount(mine, (f) => f.fund));
    expect(figures.byWijk).toEqual(recount(mine, (f) => f.wijk));
    expect(figures.byTheme).toEqual(recount(mine, (f) => f.theme));
    expect(figures.byLeefgebied).toEqual(recount(mine, (f) => f.leefgebied));
    expect(figures.byYear).toEqual(recount(mine, (f) => String(f.year)));
    const totals = recount(mine, () => "totaal")[0] ?? { granted: 0, paid: 0, spent: 0, returned: 0 };
    expect(figures.totals).toEqual({ granted: totals.granted, paid: totals.paid, spent: totals.spent, returned: totals.returned });

    const grantedPerIdea = new Map<number, { amount: number; status: string }>();
    for (const f of mine.filter((f) => f.kind === "granted")) {
      grantedPerIdea.set(f.initiativeId, { amount: (grantedPerIdea.get(f.initiativeId)?.amount ?? 0) + f.amount, status: f.status });
    }
    expect(figures.ideasWithGrant).toBe(grantedPerIdea.size);
    const realised = [...grantedPerIdea.values()].filter((g) => g.status === "gerealiseerd");
    expect(figures.averageGrantPerRealised).toBe(realised.length ? Math.floor(realised.reduce((s, g) => s + g.amount, 0) / realised.length) : null);

    const results = (getDb().$client.prepare("select r.*, i.wijk_id, i.status from initiative_results r join initiatives i on i.id = r.initiative_id").all() as {
      people_reached: number; volunteers: number; volunteer_hours: number; updated_at: number; wijk_id: number; status: string;
    }[]).filter((r) => r.status === "gerealiseerd" && inFilter(r.updated_at, r.wijk_id, filter));
    expect(figures.results).toEqual({
      ideas: results.length,
      peopleReached: results.reduce((s, r) => s + r.people_reached, 0),
      volunteers: results.reduce((s, r) => s + r.volunteers, 0),
      volunteerHours: results.reduce((s, r) => s + r.volunteer_hours, 0),
    });
  });

  it("the random data reaches every kind of movement, several funds and wijken", () => {
    expect(new Set(all.map((f) => f.kind)).size).toBe(4);
    expect(new Set(all.map((f) => f.fund)).size).toBe(3);
    expect(new Set(all.map((f) => f.wijk)).size).toBeGreaterThan(5);
  });
});
