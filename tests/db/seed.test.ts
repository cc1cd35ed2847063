import { count, eq } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { WIJK_NAMES } from "@/db/reference-data";
import { INITIATIVE_STATUSES, ROLES } from "@/db/enums";
import * as schema from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { remindUnansweredHosts } from "@/lib/meedoen/commands/reminders";

const rowCount = (table: SQLiteTable) => getDb().select({ n: count() }).from(table).get()!.n;

describe("seeding", () => {
  it("has exactly the 14 wijken of Heerlen-Noord and the five themes with their leefgebied", () => {
    const names = getDb().select({ name: schema.wijken.name }).from(schema.wijken).all().map((w) => w.name);
    expect(names.sort()).toEqual([...WIJK_NAMES].sort());
    expect(names).toHaveLength(14);
    const themes = getDb().select().from(schema.themes).all();
    expect(themes.map((t) => `${t.slug}:${t.leefgebied}`).sort()).toEqual([
      "gezondheid:gezond-sociaal-veilig",
      "leren:onderwijs-werk",
      "veiligheid:gezond-sociaal-veilig",
      "werken:onderwijs-werk",
      "wonen:wonen-ruimte",
    ]);
  });

  it("adds demo data once: a second run creates no duplicates", () => {
    const now = new Date("2026-11-23T12:00:00Z");
    expect(seedDemoData(getDb(), now)).toBe(true);
    const tables = [schema.users, schema.initiatives, schema.backings, schema.activities, schema.signups, schema.activitySeries, schema.wijken];
    const before = tables.map(rowCount);
    expect(seedDemoData(getDb(), now)).toBe(false);
    expect(tables.map(rowCount)).toEqual(before);
  });

  it("covers every role, every status, and the coming summer's BBQs in August and September", () => {
    const roles = new Set(getDb().select({ role: schema.users.role }).from(schema.users).all().map((u) => u.role));
    expect([...roles].sort()).toEqual([...ROLES].sort());
    const statuses = new Set(getDb().select({ s: schema.initiatives.status }).from(schema.initiatives).all().map((r) => r.s));
    expect([...statuses].sort()).toEqual([...INITIATIVE_STATUSES].sort());
    expect(rowCount(schema.initiatives)).toBeGreaterThanOrEqual(20);

    const series = getDb().select().from(schema.activitySeries).where(eq(schema.activitySeries.name, "BBQ-zomer 2027")).get();
    expect(series).toBeDefined();
    const bbqs = getDb().select().from(schema.activities).where(eq(schema.activities.seriesId, series!.id)).all();
    expect(bbqs.length).toBeGreaterThanOrEqual(3);
    expect(new Set(bbqs.map((b) => b.wijkId)).size).toBeGreaterThanOrEqual(3);
    expect(bbqs.every((b) => [7, 8].includes(b.startsAt.getUTCMonth()) && b.startsAt.getUTCFullYear() === 2027)).toBe(true);

    const now = new Date("2026-11-23T12:00:00Z");
    const all = getDb().select().from(schema.activities).all();
    expect(all.some((a) => a.startsAt > now && a.startsAt.getTime() - now.getTime() < 31 * 86_400_000)).toBe(true);
    const past = all.filter((a) => a.endsAt < now);
    expect(past.length).toBeGreaterThan(0);
    const checkedIn = getDb().select().from(schema.signups).all().filter((s) => s.checkedInAt !== null);
    expect(checkedIn.length).toBeGreaterThan(0);
  });

  it("shows the fund in every stage: two funds, budgets, advice, grants paid and spent, a return, a refusal, results", () => {
    expect(rowCount(schema.funds)).toBe(2);
    for (const table of [schema.fundBudgets, schema.budgetLines, schema.fundAdvices, schema.fundPayments, schema.fundSpendings, schema.fundReturns, schema.initiativeResults]) {
      expect(rowCount(table)).toBeGreaterThan(0);
    }
    const decisions = getDb().select().from(schema.grants).all();
    expect(decisions.some((g) => g.amountCents === null && g.reason)).toBe(true);
    expect(decisions.filter((g) => g.amountCents !== null).length).toBeGreaterThanOrEqual(3);
    const realisedWithResult = getDb()
      .select({ status: schema.initiatives.status })
      .from(schema.initiativeResults)
      .innerJoin(schema.initiatives, eq(schema.initiatives.id, schema.initiativeResults.initiativeId))
      .all();
    expect(realisedWithResult.every((r) => r.status === "gerealiseerd")).toBe(true);
  });

  it("has open requests to help that are younger than the host reminder: a newcomer's first start mails no host and no buurtwerker", () => {
    const seededAt = new Date("2026-11-23T12:00:00Z");
    const open = getDb().select().from(schema.helpTakes).where(eq(schema.helpTakes.status, "aangemeld")).all();
    expect(open.length).toBeGreaterThan(0);
    const mailsBefore = rowCount(schema.mailOutbox);
    // The scheduler's first run, an hour after the seed.
    const firstRun = new Date(seededAt.getTime() + 60 * 60 * 1000);
    expect(remindUnansweredHosts(getDb(), { now: firstRun, baseUrl: "http://localhost:3000" })).toEqual({ reminded: 0, escalated: 0 });
    expect(rowCount(schema.mailOutbox)).toBe(mailsBefore);
    expect(getDb().select().from(schema.notifications).where(eq(schema.notifications.kind, "place_unanswered")).all()).toHaveLength(0);
  });
});
