import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { budgetLines, fundAdvices } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { recordAudit } from "@/lib/platform/audit/record";
import { AppError } from "@/lib/platform/errors";
import { actsAsInitiator, loadInitiative, NOT_FOUND } from "@/lib/initiatives/commands/shared";
import { BUDGET_OPEN_STATUSES } from "../fields";

type Actor = { actorId: string };

/** The idea, when this user is its initiator and its budget may still change. */
function ownBudget(tx: DbOrTx, initiativeId: number, actorId: string) {
  const initiative = loadInitiative(tx, initiativeId);
  if (!actsAsInitiator(initiative, actorId)) throw new AppError("not_found", NOT_FOUND);
  if (!(BUDGET_OPEN_STATUSES as readonly string[]).includes(initiative.status)) {
    throw new AppError("conflict", "De begroting van dit idee kan niet meer veranderen.");
  }
  return initiative;
}

/** The initiator adds one line to the idea's budget. */
export function addBudgetLine(db: Db, input: Actor & { initiativeId: number; whatFor: string; amount: number }): number {
  return db.transaction(
    (tx) => {
      ownBudget(tx, input.initiativeId, input.actorId);
      const { id } = tx
        .insert(budgetLines)
        .values({ initiativeId: input.initiativeId, whatFor: input.whatFor, amountCents: input.amount })
        .returning({ id: budgetLines.id })
        .get();
      recordAudit(tx, {
        actorId: input.actorId,
        action: "budget_line.added",
        targetType: "initiative",
        targetId: input.initiativeId,
        details: { lineId: id, whatFor: input.whatFor, amountCents: input.amount },
      });
      return id;
    },
    { behavior: "immediate" },
  );
}

/** The initiator removes one line of the idea's own budget. */
export function removeBudgetLine(db: Db, input: Actor & { initiativeId: number; lineId: number }): void {
  db.transaction(
    (tx) => {
      ownBudget(tx, input.initiativeId, input.actorId);
      const removed = tx
        .delete(budgetLines)
        .where(and(eq(budgetLines.id, input.lineId), eq(budgetLines.initiativeId, input.initiativeId)))
        .returning({ whatFor: budgetLines.whatFor, amountCents: budgetLines.amountCents })
        .get();
      if (!removed) throw new AppError("not_found", "Deze regel bestaat niet (meer).");
      recordAudit(tx, { actorId: input.actorId, action: "budget_line.removed", targetType: "initiative", targetId: input.initiativeId, details: removed });
    },
    { behavior: "immediate" },
  );
}

/** A buurtwerker's advice on the money request; staff only (checked by the action's permission). */
export function addAdvice(db: Db, input: Actor & { initiativeId: number; text: string }): void {
  db.transaction(
    (tx) => {
      const initiative = loadInitiative(tx, input.initiativeId);
      if (initiative.status === "concept") throw new AppError("not_found", NOT_FOUND);
      tx.insert(fundAdvices).values({ initiativeId: input.initiativeId, authorId: input.actorId, text: input.text }).run();
      recordAudit(tx, { actorId: input.actorId, action: "fund.advised", targetType: "initiative", targetId: input.initiativeId, details: { text: input.text } });
    },
    { behavior: "immediate" },
  );
}
