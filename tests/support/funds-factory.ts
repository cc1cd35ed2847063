import { getDb } from "@/db/client";
import { fundBudgets, funds } from "@/db/schema";

let counter = 0;

/** An open fund with a budget (cents) for one year. */
export function createFund(budgetCents: number, year: number, open = true): number {
  counter++;
  const { id } = getDb().insert(funds).values({ name: `Fonds ${counter}-${Date.now()}`, provider: "Gemeente", open }).returning({ id: funds.id }).get();
  getDb().insert(fundBudgets).values({ fundId: id, year, amountCents: budgetCents }).run();
  return id;
}
