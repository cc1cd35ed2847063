import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import type { InitiativeStatus } from "@/db/enums";
import { activities, activitySeries, backings, initiatives, initiativeStatusChanges, paperBackings, signups, users } from "@/db/schema";
import { computeFigures } from "@/lib/stats/figures";
import { parseStatsFilter } from "@/lib/stats/filters";
import { noShowRate } from "@/lib/stats/queries/activity-figures";
import { presentFigures, publicCount } from "@/lib/stats/present";
import { tableToCsv, tablesToLongCsv } from "@/lib/stats/csv";
import { figureTables } from "@/lib/stats/tables";
import { createUser } from "../support/factories";

const NOW = Date.UTC(2026, 10, 23, 12);
const day = (iso: string) => new Date(`${iso}T12:00:00Z`);
const db = () => getDb();
const count = (query: ReturnType<typeof sql>) => db().get<{ n: number }>(query).n;

let residents: string[];
let staff: string;
let blocked: string;

function initiative(initiatorId: string, wijkId: number, themeId: number, path: InitiativeStatus[], submitted: string) {
  const id = db()
    .insert(initiatives)
    .values({ title: "T", pitch: "P", wijkId, themeId, initiatorId, status: path.at(-1)!, submittedAt: day(submitted), publishedAt: path.includes("zoekt_steun") ? day(submitted) : null })
    .returning({ id: initiatives.id })
    .get().id;
  path.forEach((status, i) => db().insert(initiativeStatusChanges).values({ initiativeId: id, fromStatus: i ? path[i - 1]! : null, toStatus: status, createdAt: day(submitted) }).run());
  return id;
}

function activity(wijkId: number, startsAt: string, seriesId: number | null, cancelled = false) {
  const start = day(startsAt);
  return db()
    .insert(activities)
    .values({ title: `Act ${startsAt}`, wijkId, address: "Plein", startsAt: start, endsAt: new Date(start.getTime() + 3_600_000), places: 50, signupDeadline: start, seriesId, cancelledAt: cancelled ? start : null })
    .returning({ id: activities.id })
    .get().id;
}

beforeAll(() => {
  residents = Array.from({ length: 8 }, (_, i) => createUser("bewoner", `Bewoner ${i}`));
  staff = createUser("buurtwerker");
  blocked = createUser("bewoner");
  db().update(users).set({ blockedAt: new Date() }).where(sql`${users.id} = ${blocked}`).run();
  const [r0, r1, r2, r3, r4, r5, r6, r7] = residents as [string, string, string, string, string, string, string, string];

  const a = initiative(r0, 1, 1, ["concept", "ingediend", "zoekt_steun"], "2026-03-10");
  const b = initiative(r1, 2, 2, ["concept", "ingediend", "zoekt_steun", "in_uitvoering", "gerealiseerd"], "2026-05-01");
  initiative(r2, 2, 3, ["concept", "ingediend", "teruggestuurd", "ingediend", "afgewezen"], "2026-09-15");
  initiative(r0, 1, 1, ["concept"], "2026-09-20"); // a concept was never submitted...
  db().update(initiatives).set({ submittedAt: null }).where(sql`${initiatives.status} = 'concept'`).run();
  initiative(staff, 3, 4, ["concept", "ingediend"], "2026-10-01");

  for (const [user, initiativeId, help, when] of [
    [r3, a, true, "2026-03-11"], [r4, a, false, "2026-03-12"], [r5, a, false, "2026-10-02"],
    [r3, b, false, "2026-05-02"], [staff, b, false, "2026-05-03"], [blocked, b, false, "2026-05-04"],
  ] as const) {
    db().insert(backings).values({ initiativeId, userId: user, helpOffered: help, createdAt: day(when) }).run();
  }
  db().insert(paperBackings).values({ initiativeId: a, count: 7, createdAt: day("2026-03-15") }).run();

  const bbq = db().insert(activitySeries).values({ name: "BBQ-zomer 2026" }).returning({ id: activitySeries.id }).get().id;
  const past = activity(1, "2026-08-08", bbq);
  const future = activity(2, "2026-12-05", null);
  const cancelled = activity(1, "2026-08-22", bbq, true);
  const r6Email = db().get<{ email: string }>(sql`select email from users where id = ${r6}`).email;
  for (const s of [
    { activityId: past, userId: r0, name: "A", email: "a@x.nl", partySize: 4, status: "bevestigd" as const, checkedInAt: day("2026-08-08") },
    { activityId: past, userId: null, name: "Gast", email: "gast@x.nl", partySize: 2, status: "bevestigd" as const, checkedInAt: null },
    { activityId: past, userId: null, name: "R6 als gast", email: r6Email, partySize: 1, status: "bevestigd" as const, checkedInAt: day("2026-08-08") },
    { activityId: past, userId: null, name: "Wacht", email: "wacht@x.nl", partySize: 3, status: "wachtlijst" as const, checkedInAt: null },
    { activityId: past, userId: null, name: "Binnenloper", email: null, partySize: 5, status: "bevestigd" as const, checkedInAt: day("2026-08-08"), isWalkIn: true },
    { activityId: past, userId: staff, name: "Staf", email: "staf@x.nl", partySize: 1, status: "bevestigd" as const, checkedInAt: null },
    { activityId: future, userId: r7, name: "R7", email: "r7@x.nl", partySize: 3, status: "bevestigd" as const, checkedInAt: null },
    { activityId: future, userId: r6, name: "R6", email: r6Email, partySize: 2, status: "geannuleerd" as const, checkedInAt: null },
    { activityId: cancelled, userId: r1, name: "R1", email: "r1@x.nl", partySize: 2, status: "bevestigd" as const, checkedInAt: null },
  ]) {
    db().insert(signups).values(s).run();
  }
});

const all = () => computeFigures(parseStatsFilter({}), NOW);

describe("figures over a known dataset", () => {
  it("counts the funnel from the status history", () => {
    expect(all().funnel).toEqual({ proposed: 4, published: 2, inProgress: 1, realised: 1, sentBack: 1, rejected: 1, withdrawn: 0 });
    expect(all().funnel.proposed).toBe(count(sql`select count(*) as n from initiatives where submitted_at is not null`));
  });

  it("lists all 14 wijken, also those without initiatives, and every theme", () => {
    const wijken = all().byWijk;
    expect(wijken).toHaveLength(14);
    expect(wijken.reduce((s, w) => s + w.initiatives, 0)).toBe(4);
    expect(wijken.reduce((s, w) => s + w.backings, 0)).toBe(count(sql`select count(*) as n from backings`));
    expect(all().byTheme.map((t) => t.initiatives)).toEqual([1, 1, 1, 1, 0]);
  });

  it("counts backings online and on paper apart, and helpers", () => {
    expect(all().backings).toEqual({ online: 6, paper: 7, helpers: 1 });
  });

  it("counts people per activity with party sizes, walk-ins apart, without cancelled activities", () => {
    const rows = all().activities;
    expect(rows).toHaveLength(2);
    const past = rows.find((r) => r.past)!;
    expect(past).toMatchObject({ signedUp: 4 + 2 + 1 + 1, came: 4 + 1, walkIns: 5 });
    expect(rows.find((r) => !r.past)).toMatchObject({ signedUp: 3, came: 0, walkIns: 0 });
    expect(noShowRate(all().attendance.noShow)).toBeCloseTo(3 / 8);
    expect(all().series.map((s) => s.series).sort()).toEqual(["BBQ-zomer 2026", "Losse activiteiten"]);
  });

  it("counts each resident once, guests by address, and leaves out staff, blocked accounts and walk-ins", () => {
    // r0 (proposed, came), r1 (proposed), r2 (proposed), r3 (helped, backed), r4, r5 (backed),
    // r6 (came as a guest with the address of the account), r7 (signed up), gast@x.nl (guest).
    // Signed up: r0, r6, gast and r7 (who came also signed up).
    expect(all().participants).toEqual({ total: 9, proposed: 3, backed: 3, helped: 1, signedUp: 4, came: 2 });
  });

  it("filters by period and by wijk", () => {
    const autumn = computeFigures(parseStatsFilter({ van: "2026-09-01", tot: "2026-10-31" }), NOW);
    expect(autumn.funnel.proposed).toBe(2);
    expect(autumn.backings.online).toBe(1);
    expect(autumn.activities).toHaveLength(0);
    const wijk1 = computeFigures(parseStatsFilter({ wijk: "1" }), NOW);
    expect(wijk1.funnel.proposed).toBe(1);
    expect(wijk1.byWijk).toHaveLength(1);
    expect(wijk1.backings).toEqual({ online: 3, paper: 7, helpers: 1 });
    expect(wijk1.activities).toHaveLength(1);
    // "tot" includes the whole day.
    expect(computeFigures(parseStatsFilter({ tot: "2026-03-10" }), NOW).funnel.proposed).toBe(1);
  });

  it("ignores malformed filters instead of failing", () => {
    const filter = parseStatsFilter({ van: "gisteren", tot: "2026-13-45", wijk: "-3" });
    expect(filter).toMatchObject({ from: null, toExclusive: null, wijkId: null });
  });

  it("builds a monthly trend of twelve months", () => {
    const trend = all().trend;
    expect(trend.map((t) => t.month)).toEqual(["2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]);
    expect(trend.find((t) => t.month === "2026-03")).toMatchObject({ proposed: 1, backings: 2 });
    expect(trend.find((t) => t.month === "2026-08")).toMatchObject({ signedUp: 8, attended: 10 });
  });
});

describe("the <5 rule for the public", () => {
  it("turns 1 to 4 people into <5, keeps 0, and rounds 5 or more to a multiple of 5", () => {
    expect([0, 1, 4, 5, 7, 8, 12, 13].map(publicCount)).toEqual([0, "<5", "<5", 5, 5, 10, 10, 15]);
  });

  it("suppresses every count of people but no count of initiatives", () => {
    const publicFigures = presentFigures(all(), "publiek");
    expect(publicFigures.funnel.rejected).toBe(1);
    expect(publicFigures.backings).toEqual({ online: 5, paper: 5, helpers: "<5" });
    expect(publicFigures.participants.helped).toBe("<5");
    expect(publicFigures.participants.total).toBe(10);
    expect(publicFigures.activities.find((a) => a.signedUp === 3)).toBeUndefined();
    expect(publicFigures.series.every((s) => s.noShowRate === null || (typeof s.signedUp === "number" && typeof s.came === "number"))).toBe(true);
    const json = JSON.stringify(publicFigures);
    expect(json).not.toMatch(/@/);
    expect(json).not.toMatch(/Bewoner \d/);
  });

  it("shows the alliance the real numbers", () => {
    expect(presentFigures(all(), "alliantie").backings.helpers).toBe(1);
  });
});

describe("CSV", () => {
  it("writes a header and one line per row, quoting where needed and defusing formulas", () => {
    const csv = tableToCsv({ id: "t", title: "T", columns: [{ key: "a", label: "Naam" }, { key: "b", label: "Aantal" }], rows: [{ a: 'Zeg "hoi", buur', b: 3 }, { a: "=SUM(A1)", b: -2 }] });
    expect(csv).toBe('Naam,Aantal\r\n"Zeg ""hoi"", buur",3\r\n\'=SUM(A1),-2\r\n');
  });

  it("puts every public table in one long file", () => {
    const tables = figureTables(presentFigures(all(), "publiek"));
    const lines = tablesToLongCsv(tables).trim().split("\r\n");
    expect(lines[0]).toBe("tabel,rij,maat,waarde");
    expect(lines).toContain("steun,Biedt hulp aan,Aantal mensen,<5");
  });
});
