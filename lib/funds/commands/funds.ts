import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { fundBudgets, funds } from "@/db/schema";
import { recordAudit } from "@/lib/platform/audit/record";
import { AppError, FieldRefusal } from "@/lib/platform/errors";
import { formatEuros } from "../../platform/money";
import { fundBalance } from "./balance";

type Actor = { actorId: string };

/** Creates a fund, or changes its name, provider and whether it is open. A name is unique in any capitals. */
export function saveFund(db: Db, input: Actor & { fundId?: number; name: string; provider: string; open: boolean }): number {
  return db.transaction(
    (tx) => {
      const taken = tx
        .select({ id: funds.id })
        .from(funds)
        .where(sql`lower(${funds.name}) = lower(${input.name})`)
        .get();
      if (taken && taken.id !== input.fundId) throw new FieldRefusal("name", "Er is al een fonds met deze naam. Kies een andere naam.");
      const values = { name: input.name, provider: input.provider, open: input.open };
      if (input.fundId === undefined) {
        const { id } = tx.insert(funds).values(values).returning({ id: funds.id }).get();
        recordAudit(tx, { actorId: input.actorId, action: "fund.created", targetType: "fund", targetId: id, details: values });
        return id;
      }
      const before = tx.select().from(funds).where(eq(funds.id, input.fundId)).get();
      if (!before) throw new AppError("not_found", "Dit fonds bestaat niet (meer).");
      tx.update(funds).set(values).where(eq(funds.id, input.fundId)).run();
      recordAudit(tx, {
        actorId: input.actorId,
        action: "fund.changed",
        targetType: "fund",
        targetId: input.fundId,
        details: { before: { name: before.name, provider: before.provider, open: before.open }, after: values },
      });
      return input.fundId;
    },
    { behavior: "immediate" },
  );
}

/**
 * Sets a fund's budget for a year. It may not drop below what that year already granted
 * (minus returns): that would overdraw the fund afterwards.
 */
export function setBudget(db: Db, input: Actor & { fundId: number; year: number; amount: number }): void {
  db.transaction(
    (tx) => {
      if (!tx.select({ id: funds.id }).from(funds).where(eq(funds.id, input.fundId)).get()) {
        throw new AppError("not_found", "Dit fonds bestaat niet (meer).");
      }
      const { budget, granted, returned } = fundBalance(tx, input.fundId, input.year);
      const committed = granted - returned;
      if (input.amount < committed) {
        throw new FieldRefusal("amount", `In ${input.year} is al ${formatEuros(committed)} toegekend. Het budget moet minstens zo hoog zijn.`);
      }
      tx.insert(fundBudgets)
        .values({ fundId: input.fundId, year: input.year, amountCents: input.amount })
        .onConflictDoUpdate({ target: [fundBudgets.fundId, fundBudgets.year], set: { amountCents: input.amount } })
        .run();
      recordAudit(tx, {
        actorId: input.actorId,
        action: "fund.budget_set",
        targetType: "fund",
        targetId: input.fundId,
        details: { year: input.year, beforeCents: budget, afterCents: input.amount },
      });
    },
    { behavior: "immediate" },
  );
}

