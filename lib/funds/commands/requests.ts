import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { budgetLines, fundAdvices, fundRequests } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { recordAudit } from "@/lib/platform/audit/record";
import { AppError } from "@/lib/platform/errors";
import { enqueueMail } from "@/lib/platform/mail/outbox";
import { actsAsInitiator, initiatorAddress, loadInitiative, NOT_FOUND } from "@/lib/initiatives/commands/shared";
import { addWorkingDays, ANSWER_WORKING_DAYS } from "@/lib/initiatives/working-days";
import { notifyMoneyAdvised, notifyMoneyRequested } from "@/lib/notifications/commands/events";
import { BUDGET_OPEN_STATUSES, DECIDABLE_STATUSES } from "../fields";
import { adviceGivenMail, requestSentMail } from "../mails";

type Actor = { actorId: string };

/** The idea, when this user is its initiator and its budget may still change. */
function ownBudget(tx: DbOrTx, initiativeId: number, actorId: string) {
  const initiative = loadInitiative(tx, initiativeId);
  if (!actsAsInitiator(initiative, actorId)) throw new AppError("not_found", NOT_FOUND);
  if (!(BUDGET_OPEN_STATUSES as readonly string[]).includes(initiative.status)) {
    throw new AppError("conflict", "De begroting van dit idee kan niet meer veranderen.");
  }
  if (waitingRequest(tx, initiativeId)) {
    throw new AppError("conflict", "Uw vraag om geld is verstuurd. Tot de beheerder beslist, kan de begroting niet veranderen.");
  }
  return initiative;
}

/** The request of this idea while it waits for advice or a decision. */
function waitingRequest(tx: DbOrTx, initiativeId: number) {
  const request = tx.select().from(fundRequests).where(eq(fundRequests.initiativeId, initiativeId)).get();
  return request && !request.decidedAt ? request : null;
}

/**
 * The initiator sends the budget as a money request: the coach and the buurtwerkers of the wijk
 * are told (advice within 5 working days), the initiator gets the steps and dates by mail. Only
 * while the idea seeks support or runs, since only then can the beheerder decide.
 */
export function sendMoneyRequest(db: Db, input: Actor & { initiativeId: number; now?: Date }): Date {
  const now = input.now ?? new Date();
  return db.transaction(
    (tx) => {
      const initiative = ownBudget(tx, input.initiativeId, input.actorId);
      if (!(DECIDABLE_STATUSES as readonly string[]).includes(initiative.status) || initiative.hiddenAt) {
        throw new AppError("conflict", "U kunt uw vraag om geld versturen als uw idee op de website staat.");
      }
      if (!tx.select({ id: budgetLines.id }).from(budgetLines).where(eq(budgetLines.initiativeId, input.initiativeId)).get()) {
        throw new AppError("conflict", "Zet eerst minstens één regel in uw begroting.");
      }
      const adviceDueAt = addWorkingDays(now, ANSWER_WORKING_DAYS);
      const fresh = { sentAt: now, adviceDueAt, advisedAt: null, decisionDueAt: null, decidedAt: null };
      tx.insert(fundRequests)
        .values({ initiativeId: input.initiativeId, ...fresh })
        .onConflictDoUpdate({ target: fundRequests.initiativeId, set: fresh })
        .run();
      recordAudit(tx, { actorId: input.actorId, action: "fund.requested", targetType: "initiative", targetId: input.initiativeId, details: { adviceDueAt: adviceDueAt.toISOString() } });
      notifyMoneyRequested(tx, initiative, { adviceDueAt, actorId: input.actorId, now });
      const to = initiatorAddress(tx, initiative);
      if (to) enqueueMail(tx, requestSentMail(to, initiative, adviceDueAt));
      return adviceDueAt;
    },
    { behavior: "immediate" },
  );
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

/**
 * A buurtwerker's advice on the money request; staff only (checked by the action's permission).
 * The first advice on a sent request hands it to the beheerders (a decision within 5 working
 * days) and tells the initiator so.
 */
export function addAdvice(db: Db, input: Actor & { initiativeId: number; text: string; now?: Date }): void {
  const now = input.now ?? new Date();
  db.transaction(
    (tx) => {
      const initiative = loadInitiative(tx, input.initiativeId);
      if (initiative.status === "concept") throw new AppError("not_found", NOT_FOUND);
      tx.insert(fundAdvices).values({ initiativeId: input.initiativeId, authorId: input.actorId, text: input.text }).run();
      recordAudit(tx, { actorId: input.actorId, action: "fund.advised", targetType: "initiative", targetId: input.initiativeId, details: { text: input.text } });
      const request = waitingRequest(tx, input.initiativeId);
      if (!request || request.advisedAt) return;
      const decisionDueAt = addWorkingDays(now, ANSWER_WORKING_DAYS);
      tx.update(fundRequests).set({ advisedAt: now, decisionDueAt }).where(eq(fundRequests.initiativeId, input.initiativeId)).run();
      notifyMoneyAdvised(tx, initiative, { decisionDueAt, actorId: input.actorId, now });
      const to = initiatorAddress(tx, initiative);
      if (to) enqueueMail(tx, adviceGivenMail(to, initiative, decisionDueAt));
    },
    { behavior: "immediate" },
  );
}
