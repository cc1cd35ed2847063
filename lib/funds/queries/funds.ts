import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { budgetLines, fundAdvices, fundBudgets, fundPayments, fundReturns, fundSpendings, funds, grants, initiativeResults, initiatives, users } from "@/db/schema";
import { fundBalance } from "../commands/balance";

export type FundRow = {
  id: number;
  name: string;
  provider: string;
  open: boolean;
  budget: number;
  granted: number;
  returned: number;
  balance: number;
  years: number[];
};

/** Every fund with its money in one year: budget, granted, returned and what is left. */
export function listFunds(year: number): FundRow[] {
  const db = getDb();
  const all = db.select({ id: funds.id, name: funds.name, provider: funds.provider, open: funds.open }).from(funds).orderBy(asc(funds.name)).all();
  return all.map((fund) => ({
    ...fund,
    ...fundBalance(db, fund.id, year),
    years: db.select({ year: fundBudgets.year }).from(fundBudgets).where(eq(fundBudgets.fundId, fund.id)).orderBy(asc(fundBudgets.year)).all().map((r) => r.year),
  }));
}

export function fundName(id: number): string | null {
  return getDb().select({ name: funds.name }).from(funds).where(eq(funds.id, id)).get()?.name ?? null;
}

type Movement = { id: number; on: Date; amount: number };
export type GrantView = {
  id: number;
  fundName: string | null;
  year: number | null;
  /** Null for a refusal. */
  amount: number | null;
  conditions: string | null;
  contactName: string | null;
  contactEmail: string | null;
  reason: string | null;
  decidedAt: Date;
  payments: Movement[];
  spendings: (Movement & { whatFor: string; receiptPhoto: string | null })[];
  returns: Movement[];
  paid: number;
  spent: number;
  returned: number;
};

export type MoneyView = {
  /** The budget lines' total, or else the amount asked in the proposal (cents); null: no money asked. */
  asked: number | null;
  lines: { id: number; whatFor: string; amount: number }[];
  decisions: GrantView[];
  advices: { id: number; authorName: string; text: string; createdAt: Date }[];
  granted: number;
  paid: number;
  spent: number;
  returned: number;
};

const total = (rows: { amount: number }[]) => rows.reduce((sum, row) => sum + row.amount, 0);

/** Everything about an idea's money. Pages choose what each viewer sees (see publicMoney). */
export function getMoney(initiativeId: number): MoneyView {
  const db = getDb();
  const idea = db.select({ euros: initiatives.moneyAmountEuros }).from(initiatives).where(eq(initiatives.id, initiativeId)).get();
  const lines = db
    .select({ id: budgetLines.id, whatFor: budgetLines.whatFor, amount: budgetLines.amountCents })
    .from(budgetLines)
    .where(eq(budgetLines.initiativeId, initiativeId))
    .orderBy(asc(budgetLines.id))
    .all();
  const rows = db
    .select({
      id: grants.id,
      fundName: funds.name,
      year: grants.year,
      amount: grants.amountCents,
      conditions: grants.conditions,
      contactName: grants.contactName,
      contactEmail: grants.contactEmail,
      reason: grants.reason,
      decidedAt: grants.decidedAt,
    })
    .from(grants)
    .leftJoin(funds, eq(funds.id, grants.fundId))
    .where(eq(grants.initiativeId, initiativeId))
    .orderBy(asc(grants.decidedAt), asc(grants.id))
    .all();
  const movement = (table: typeof fundPayments | typeof fundReturns, grantId: number) =>
    db.select({ id: table.id, on: table.on, amount: table.amountCents }).from(table).where(eq(table.grantId, grantId)).orderBy(asc(table.on), asc(table.id)).all();
  const decisions = rows.map((row) => {
    const payments = movement(fundPayments, row.id);
    const returns = movement(fundReturns, row.id);
    const spendings = db
      .select({ id: fundSpendings.id, on: fundSpendings.on, amount: fundSpendings.amountCents, whatFor: fundSpendings.whatFor, receiptPhoto: fundSpendings.receiptPhoto })
      .from(fundSpendings)
      .where(eq(fundSpendings.grantId, row.id))
      .orderBy(asc(fundSpendings.on), asc(fundSpendings.id))
      .all();
    return { ...row, payments, spendings, returns, paid: total(payments), spent: total(spendings), returned: total(returns) };
  });
  const advices = db
    .select({ id: fundAdvices.id, authorName: sql<string>`coalesce(${users.displayName}, 'Een buurtwerker')`, text: fundAdvices.text, createdAt: fundAdvices.createdAt })
    .from(fundAdvices)
    .leftJoin(users, eq(users.id, fundAdvices.authorId))
    .where(eq(fundAdvices.initiativeId, initiativeId))
    .orderBy(desc(fundAdvices.createdAt))
    .all();
  const granted = decisions.filter((d) => d.amount !== null);
  return {
    asked: lines.length > 0 ? total(lines) : idea?.euros ? idea.euros * 100 : null,
    lines,
    decisions,
    advices,
    granted: granted.reduce((sum, d) => sum + (d.amount ?? 0), 0),
    paid: total(granted.map((d) => ({ amount: d.paid }))),
    spent: total(granted.map((d) => ({ amount: d.spent }))),
    returned: total(granted.map((d) => ({ amount: d.returned }))),
  };
}

/** What everyone may see of an idea's money: amounts and funds, never receipts, contacts or reasons. */
export function publicMoney(money: MoneyView) {
  return {
    asked: money.asked,
    lines: money.lines.map(({ whatFor, amount }) => ({ whatFor, amount })),
    grants: money.decisions.filter((d) => d.amount !== null).map((d) => ({ fundName: d.fundName, amount: d.amount! })),
    refused: money.decisions.some((d) => d.amount === null),
    granted: money.granted,
    paid: money.paid,
    spent: money.spent,
    returned: money.returned,
  };
}
export type PublicMoney = ReturnType<typeof publicMoney>;

export type ResultView = { whatHappened: string; peopleReached: number; volunteers: number; volunteerHours: number; photos: string[] };

export function getResult(initiativeId: number): ResultView | null {
  return (
    getDb()
      .select({
        whatHappened: initiativeResults.whatHappened,
        peopleReached: initiativeResults.peopleReached,
        volunteers: initiativeResults.volunteers,
        volunteerHours: initiativeResults.volunteerHours,
        photos: initiativeResults.photos,
      })
      .from(initiativeResults)
      .where(eq(initiativeResults.initiativeId, initiativeId))
      .get() ?? null
  );
}

/** A receipt photo is ours when a spending report names it. */
export function isReceipt(name: string): boolean {
  return Boolean(getDb().select({ id: fundSpendings.id }).from(fundSpendings).where(and(eq(fundSpendings.receiptPhoto, name))).get());
}
