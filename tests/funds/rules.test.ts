import path from "node:path";
import { and, eq, like, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, fundBudgets, grants, initiatives, mailOutbox } from "@/db/schema";
import { AppError, FieldRefusal } from "@/lib/platform/errors";
import { fundBalance, loadGrant } from "@/lib/funds/commands/balance";
import { decideMoney } from "@/lib/funds/commands/decisions";
import { saveFund, setBudget } from "@/lib/funds/commands/funds";
import { recordPayment, reportSpending, returnMoney } from "@/lib/funds/commands/movements";
import { addAdvice, addBudgetLine, removeBudgetLine } from "@/lib/funds/commands/requests";
import { saveResult } from "@/lib/funds/commands/results";
import { createInitiative, createUser } from "../support/factories";
import { createFund } from "../support/funds-factory";
import { runWorkers } from "../support/workers";

const NOW = new Date("2026-06-01T10:00:00Z");
const YEAR = 2026;
const beheerder = () => createUser("beheerder");
const contact = { contactName: "Karin van de gemeente", contactEmail: "karin@heerlen.nl" };

function grant(initiativeId: number, fundId: number, amount: number, actorId = beheerder()) {
  return decideMoney(getDb(), { decision: "grant", initiativeId, fundId, amount, ...contact, actorId, now: NOW });
}

const auditCount = (action: string, initiativeId: number) =>
  getDb().select({ n: sql<number>`count(*)` }).from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.targetId, String(initiativeId)))).get()!.n;

function refusedAt(field: string, run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FieldRefusal);
    expect((error as FieldRefusal).field).toBe(field);
    return (error as FieldRefusal).userMessage;
  }
  throw new Error("not refused");
}

describe("grants and the fund's balance", () => {
  it("a grant takes from the balance of its year, writes an audit record and mails the initiator", () => {
    const initiator = createUser();
    const idea = createInitiative(initiator, "zoekt_steun");
    const fundId = createFund(100_000, YEAR);
    grant(idea, fundId, 60_000);
    expect(fundBalance(getDb(), fundId, YEAR)).toEqual({ budget: 100_000, granted: 60_000, returned: 0, balance: 40_000 });
    expect(fundBalance(getDb(), fundId, YEAR + 1).balance).toBe(0);
    expect(auditCount("fund.granted", idea)).toBe(1);
    const mail = getDb().select().from(mailOutbox).where(like(mailOutbox.subject, "U krijgt geld%")).all().at(-1)!;
    expect(mail.text).toContain("€ 600,00");
    expect(mail.text).toContain("karin@heerlen.nl");
    expect(mail.text).not.toContain("<");
  });

  it("never grants more than the balance; the refusal is at the amount field and nothing is written", () => {
    const idea = createInitiative(createUser(), "in_uitvoering");
    const fundId = createFund(50_000, YEAR);
    grant(idea, fundId, 30_000);
    const before = getDb().select({ n: sql<number>`count(*)` }).from(grants).get()!.n;
    expect(refusedAt("amount", () => grant(idea, fundId, 20_001))).toContain("€ 200,00");
    expect(getDb().select({ n: sql<number>`count(*)` }).from(grants).get()!.n).toBe(before);
    grant(idea, fundId, 20_000);
    expect(refusedAt("amount", () => grant(idea, fundId, 1))).toMatch(/geen geld meer/);
  });

  it("refuses a closed fund at the fund field, and ideas that do not seek support or run", () => {
    const closed = createFund(50_000, YEAR, false);
    expect(refusedAt("fundId", () => grant(createInitiative(createUser()), closed, 100))).toMatch(/gesloten/);
    const open = createFund(50_000, YEAR);
    for (const status of ["concept", "ingediend", "gerealiseerd", "afgewezen"] as const) {
      expect(() => grant(createInitiative(createUser(), status), open, 100)).toThrow(AppError);
    }
  });

  it("a refusal keeps a reason, mails it and takes nothing from any fund", () => {
    const idea = createInitiative(createUser());
    decideMoney(getDb(), { decision: "refuse", initiativeId: idea, reason: "Er is al een ander fonds voor.", actorId: beheerder(), now: NOW });
    const row = getDb().select().from(grants).where(eq(grants.initiativeId, idea)).get()!;
    expect(row.amountCents).toBeNull();
    expect(row.reason).toBe("Er is al een ander fonds voor.");
    expect(auditCount("fund.refused", idea)).toBe(1);
    expect(getDb().select().from(mailOutbox).all().some((m) => m.subject.startsWith("U krijgt geen geld") && m.text.includes("ander fonds"))).toBe(true);
  });

  it("the database itself refuses a grant without amount or reason, and negative amounts", () => {
    const idea = createInitiative(createUser());
    expect(() => getDb().insert(grants).values({ initiativeId: idea, decidedAt: NOW }).run()).toThrow(/CHECK/);
    const fundId = createFund(0, YEAR + 5);
    expect(() => getDb().insert(grants).values({ initiativeId: idea, fundId, year: YEAR, amountCents: -5, decidedAt: NOW }).run()).toThrow(/CHECK/);
    expect(() => getDb().update(fundBudgets).set({ amountCents: -1 }).where(eq(fundBudgets.fundId, fundId)).run()).toThrow(/CHECK/);
  });

  it("a budget never drops below what its year already granted", () => {
    const actorId = beheerder();
    const name = `Wijkfonds ${Date.now()}`;
    const fundId = saveFund(getDb(), { actorId, name, provider: "Weller", open: true });
    setBudget(getDb(), { actorId, fundId, year: YEAR, amount: 10_000 });
    grant(createInitiative(createUser()), fundId, 8_000);
    expect(refusedAt("amount", () => setBudget(getDb(), { actorId, fundId, year: YEAR, amount: 7_999 }))).toContain("€ 80,00");
    setBudget(getDb(), { actorId, fundId, year: YEAR, amount: 8_000 });
    expect(fundBalance(getDb(), fundId, YEAR).balance).toBe(0);
    expect(refusedAt("name", () => saveFund(getDb(), { actorId, name: name.toUpperCase(), provider: "x", open: true }))).toMatch(/al een fonds/);
    expect(auditCount("fund.budget_set", fundId)).toBe(2);
  });
});

describe("payments, spending and returns", () => {
  function granted(amount = 100_000) {
    const initiator = createUser();
    const idea = createInitiative(initiator, "in_uitvoering");
    const fundId = createFund(amount * 2, YEAR);
    const grantId = grant(idea, fundId, amount);
    return { initiator, idea, fundId, grantId, actorId: beheerder() };
  }
  const on = new Date("2026-06-10T00:00:00Z");

  it("tranches never exceed the grant", () => {
    const { idea, grantId, actorId } = granted(100_000);
    recordPayment(getDb(), { actorId, initiativeId: idea, grantId, on, amount: 60_000 });
    expect(refusedAt("amount", () => recordPayment(getDb(), { actorId, initiativeId: idea, grantId, on, amount: 40_001 }))).toContain("€ 400,00");
    recordPayment(getDb(), { actorId, initiativeId: idea, grantId, on, amount: 40_000 });
    expect(refusedAt("amount", () => recordPayment(getDb(), { actorId, initiativeId: idea, grantId, on, amount: 1 }))).toBe("Alles is al betaald.");
    expect(auditCount("fund.paid", idea)).toBe(2);
  });

  it("a grant of another idea cannot be paid through this one", () => {
    const a = granted();
    const b = granted();
    expect(() => recordPayment(getDb(), { actorId: a.actorId, initiativeId: a.idea, grantId: b.grantId, on, amount: 1 })).toThrow(/bestaat niet/);
  });

  it("only the initiator reports spending, never more than granted; returns at most what is left", () => {
    const { initiator, idea, grantId, actorId, fundId } = granted(100_000);
    const stranger = createUser();
    expect(() => reportSpending(getDb(), { actorId: stranger, initiativeId: idea, grantId, on, amount: 100, whatFor: "x", receiptPhoto: null })).toThrow(AppError);
    expect(() => returnMoney(getDb(), { actorId: stranger, initiativeId: idea, grantId, on, amount: 1 })).toThrow(AppError);
    recordPayment(getDb(), { actorId, initiativeId: idea, grantId, on, amount: 70_000 });
    reportSpending(getDb(), { actorId: initiator, initiativeId: idea, grantId, on, amount: 50_000, whatFor: "Plantenbakken", receiptPhoto: "a".repeat(32) + ".webp" });
    expect(refusedAt("amount", () => reportSpending(getDb(), { actorId: initiator, initiativeId: idea, grantId, on, amount: 50_001, whatFor: "x", receiptPhoto: null }))).toContain("€ 500,00");
    expect(refusedAt("amount", () => returnMoney(getDb(), { actorId: initiator, initiativeId: idea, grantId, on, amount: 20_001 }))).toContain("€ 200,00");
    returnMoney(getDb(), { actorId: initiator, initiativeId: idea, grantId, on, amount: 20_000 });
    expect(loadGrant(getDb(), grantId, idea)).toMatchObject({ amount: 100_000, paid: 70_000, spent: 50_000, returned: 20_000 });
    // What was paid back goes back into the fund's pot of the grant's year.
    expect(fundBalance(getDb(), fundId, YEAR)).toMatchObject({ granted: 100_000, returned: 20_000, balance: 120_000 });
    expect(auditCount("fund.spent", idea)).toBe(1);
    expect(auditCount("fund.returned", idea)).toBe(1);
  });
});

describe("budget lines, advice and results", () => {
  it("the initiator's own budget lines, while the idea is open; others cannot touch them", () => {
    const initiator = createUser();
    const idea = createInitiative(initiator, "zoekt_steun");
    const lineId = addBudgetLine(getDb(), { actorId: initiator, initiativeId: idea, whatFor: "Zaden", amount: 2_550 });
    expect(() => addBudgetLine(getDb(), { actorId: createUser(), initiativeId: idea, whatFor: "x", amount: 1 })).toThrow(AppError);
    expect(() => removeBudgetLine(getDb(), { actorId: createUser(), initiativeId: idea, lineId })).toThrow(AppError);
    removeBudgetLine(getDb(), { actorId: initiator, initiativeId: idea, lineId });
    const done = createInitiative(initiator, "gerealiseerd");
    expect(() => addBudgetLine(getDb(), { actorId: initiator, initiativeId: done, whatFor: "x", amount: 1 })).toThrow(/niet meer veranderen/);
    expect(auditCount("budget_line.added", idea)).toBe(1);
    expect(auditCount("budget_line.removed", idea)).toBe(1);
  });

  it("advice on a submitted idea is kept with an audit record", () => {
    const idea = createInitiative(createUser(), "ingediend");
    addAdvice(getDb(), { actorId: createUser("buurtwerker"), initiativeId: idea, text: "Goed plan, geef het." });
    expect(auditCount("fund.advised", idea)).toBe(1);
  });

  it("a result only for a realised idea, by its initiator or staff; new photos replace the old ones", () => {
    const initiator = createUser();
    const idea = createInitiative(initiator, "gerealiseerd");
    const result = { initiativeId: idea, whatHappened: "Een mooie dag.", peopleReached: 40, volunteers: 6, volunteerHours: 30 };
    expect(saveResult(getDb(), { ...result, actorId: initiator, actorRole: "bewoner", photos: ["a.webp"] })).toEqual([]);
    expect(saveResult(getDb(), { ...result, actorId: createUser("buurtwerker"), actorRole: "buurtwerker", photos: null })).toEqual([]);
    expect(saveResult(getDb(), { ...result, actorId: initiator, actorRole: "bewoner", photos: ["b.webp"] })).toEqual(["a.webp"]);
    expect(() => saveResult(getDb(), { ...result, actorId: createUser(), actorRole: "bewoner", photos: null })).toThrow(AppError);
    const running = createInitiative(initiator, "in_uitvoering");
    expect(() => saveResult(getDb(), { ...result, initiativeId: running, actorId: initiator, actorRole: "bewoner", photos: null })).toThrow(/gerealiseerd/);
    expect(auditCount("result.saved", idea)).toBe(3);
  });
});

describe("two grants decided at the same moment", () => {
  it("never overdraw a fund, from two processes", async () => {
    const initiator = createUser();
    const actorId = beheerder();
    const AMOUNT = 7_000;
    const BUDGET = 100_000; // room for 14 grants of 70 euro, and 40 euro left
    const fundId = createFund(BUDGET, YEAR);
    const ideas = Array.from({ length: 40 }, () => createInitiative(initiator, "zoekt_steun"));
    const halves = [ideas.slice(0, 20), ideas.slice(20)];
    const results = await runWorkers<{ granted: number; refused: number }>(
      path.resolve("tests/support/funds-worker.ts"),
      halves.map((initiativeIds) => ({ fundId, initiativeIds, amount: AMOUNT, actorId, now: NOW.toISOString() })),
    );
    expect(results.reduce((sum, r) => sum + r.granted, 0)).toBe(14);
    expect(results.reduce((sum, r) => sum + r.refused, 0)).toBe(26);
    // Each process decided all of its 20 (which one gets the money is the luck of the race: on a fast
    // machine one may take all 14 before the other's first write; the total is the guarantee).
    expect(results.map((r) => r.granted + r.refused)).toEqual([20, 20]);
    expect(fundBalance(getDb(), fundId, YEAR)).toEqual({ budget: BUDGET, granted: 98_000, returned: 0, balance: 2_000 });
    const rows = getDb().select({ n: sql<number>`count(*)` }).from(grants).where(eq(grants.fundId, fundId)).get()!.n;
    expect(rows).toBe(14);
    expect(getDb().select().from(initiatives).where(eq(initiatives.initiatorId, initiator)).all()).toHaveLength(40);
  });
});
