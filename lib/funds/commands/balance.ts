import { and, eq, isNotNull, sql } from "drizzle-orm";
import { fundBudgets, fundPayments, fundReturns, fundSpendings, grants } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { AppError } from "@/lib/platform/errors";

const sumOf = (tx: DbOrTx, table: typeof fundPayments | typeof fundSpendings | typeof fundReturns, grantId: number) =>
  tx.select({ total: sql<number>`coalesce(sum(${table.amountCents}), 0)` }).from(table).where(eq(table.grantId, grantId)).get()!.total;

/**
 * What a fund can still give in a year: its budget, minus every grant of that year, plus what was
 * returned on those grants (money paid back goes back into the pot of the grant's year).
 */
export function fundBalance(tx: DbOrTx, fundId: number, year: number): { budget: number; granted: number; returned: number; balance: number } {
  const budget = tx
    .select({ amount: fundBudgets.amountCents })
    .from(fundBudgets)
    .where(and(eq(fundBudgets.fundId, fundId), eq(fundBudgets.year, year)))
    .get()?.amount ?? 0;
  const granted = tx
    .select({ total: sql<number>`coalesce(sum(${grants.amountCents}), 0)` })
    .from(grants)
    .where(and(eq(grants.fundId, fundId), eq(grants.year, year), isNotNull(grants.amountCents)))
    .get()!.total;
  const returned = tx
    .select({ total: sql<number>`coalesce(sum(${fundReturns.amountCents}), 0)` })
    .from(fundReturns)
    .innerJoin(grants, eq(grants.id, fundReturns.grantId))
    .where(and(eq(grants.fundId, fundId), eq(grants.year, year)))
    .get()!.total;
  return { budget, granted, returned, balance: budget - granted + returned };
}

export type GrantState = { id: number; initiativeId: number; fundId: number; year: number; amount: number; paid: number; spent: number; returned: number };

/** A grant (not a refusal) of this idea with its money so far, read inside the transaction. */
export function loadGrant(tx: DbOrTx, grantId: number, initiativeId: number): GrantState {
  const grant = tx
    .select({ id: grants.id, initiativeId: grants.initiativeId, fundId: grants.fundId, year: grants.year, amount: grants.amountCents })
    .from(grants)
    .where(and(eq(grants.id, grantId), eq(grants.initiativeId, initiativeId)))
    .get();
  if (!grant || grant.amount === null || grant.fundId === null || grant.year === null) {
    throw new AppError("not_found", "Deze toekenning bestaat niet (meer).");
  }
  return {
    id: grant.id,
    initiativeId: grant.initiativeId,
    fundId: grant.fundId,
    year: grant.year,
    amount: grant.amount,
    paid: sumOf(tx, fundPayments, grantId),
    spent: sumOf(tx, fundSpendings, grantId),
    returned: sumOf(tx, fundReturns, grantId),
  };
}
