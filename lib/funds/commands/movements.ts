import type { Db } from "@/db/client";
import { fundPayments, fundReturns, fundSpendings } from "@/db/schema";
import { recordAudit, type DbOrTx } from "@/lib/audit/record";
import { AppError, FieldRefusal } from "@/lib/errors";
import { actsAsInitiator, loadInitiative, NOT_FOUND } from "@/lib/initiatives/commands/shared";
import { formatEuros } from "../money";
import { loadGrant } from "./balance";

type Movement = { actorId: string; initiativeId: number; grantId: number; on: Date; amount: number };

/** A tranche paid out; all tranches together never exceed the grant. */
export function recordPayment(db: Db, input: Movement): number {
  return db.transaction(
    (tx) => {
      const grant = loadGrant(tx, input.grantId, input.initiativeId);
      const open = grant.amount - grant.paid;
      if (input.amount > open) {
        throw new FieldRefusal("amount", open > 0 ? `Er kan nog hoogstens ${formatEuros(open)} betaald worden.` : "Alles is al betaald.");
      }
      const { id } = tx
        .insert(fundPayments)
        .values({ grantId: grant.id, on: input.on, amountCents: input.amount, byId: input.actorId })
        .returning({ id: fundPayments.id })
        .get();
      recordAudit(tx, {
        actorId: input.actorId,
        action: "fund.paid",
        targetType: "initiative",
        targetId: input.initiativeId,
        details: { grantId: grant.id, paymentId: id, amountCents: input.amount, on: input.on.toISOString().slice(0, 10) },
      });
      return id;
    },
    { behavior: "immediate" },
  );
}

/** Only the initiator reports what was spent or returns what is left. */
function assertInitiator(tx: DbOrTx, input: Movement): void {
  if (!actsAsInitiator(loadInitiative(tx, input.initiativeId), input.actorId)) throw new AppError("not_found", NOT_FOUND);
}

/** Spending reported by the initiator, with an optional receipt photo; never more than the grant. */
export function reportSpending(db: Db, input: Movement & { whatFor: string; receiptPhoto: string | null }): number {
  return db.transaction(
    (tx) => {
      assertInitiator(tx, input);
      const grant = loadGrant(tx, input.grantId, input.initiativeId);
      const room = grant.amount - grant.spent;
      if (input.amount > room) {
        throw new FieldRefusal("amount", `U kunt hoogstens ${formatEuros(Math.max(room, 0))} opgeven: meer is niet toegekend.`);
      }
      const { id } = tx
        .insert(fundSpendings)
        .values({ grantId: grant.id, on: input.on, amountCents: input.amount, byId: input.actorId, whatFor: input.whatFor, receiptPhoto: input.receiptPhoto })
        .returning({ id: fundSpendings.id })
        .get();
      recordAudit(tx, {
        actorId: input.actorId,
        action: "fund.spent",
        targetType: "initiative",
        targetId: input.initiativeId,
        details: { grantId: grant.id, spendingId: id, amountCents: input.amount, whatFor: input.whatFor, receipt: input.receiptPhoto !== null },
      });
      return id;
    },
    { behavior: "immediate" },
  );
}

/** The initiator pays back what is left: at most what was paid out and not spent or returned yet. */
export function returnMoney(db: Db, input: Movement): number {
  return db.transaction(
    (tx) => {
      assertInitiator(tx, input);
      const grant = loadGrant(tx, input.grantId, input.initiativeId);
      const left = grant.paid - grant.spent - grant.returned;
      if (input.amount > left) {
        throw new FieldRefusal("amount", left > 0 ? `U heeft nog ${formatEuros(left)} over. Meer kunt u niet terugbetalen.` : "Er is geen geld over om terug te betalen.");
      }
      const { id } = tx
        .insert(fundReturns)
        .values({ grantId: grant.id, on: input.on, amountCents: input.amount, byId: input.actorId })
        .returning({ id: fundReturns.id })
        .get();
      recordAudit(tx, {
        actorId: input.actorId,
        action: "fund.returned",
        targetType: "initiative",
        targetId: input.initiativeId,
        details: { grantId: grant.id, returnId: id, amountCents: input.amount },
      });
      return id;
    },
    { behavior: "immediate" },
  );
}
