import type { Db } from "@/db/client";
import { fundPayments, fundReturns, fundSpendings } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { recordAudit } from "@/lib/platform/audit/record";
import { AppError, FieldRefusal } from "@/lib/platform/errors";
import { actsAsInitiator, initiatorAddress, loadInitiative, NOT_FOUND } from "@/lib/initiatives/commands/shared";
import { enqueueMail } from "@/lib/platform/mail/outbox";
import { paymentMail } from "../mails";
import { formatEuros } from "@/lib/platform/money";
import { loadGrant, type GrantState } from "./balance";

type Movement = { actorId: string; initiativeId: number; grantId: number; on: Date; amount: number };

type Step = {
  /** Spending and returns are the initiator's; payments the beheerder's (the action's permission). */
  initiatorOnly: boolean;
  /** How much this step may still move on the grant. */
  room: (grant: GrantState) => number;
  tooMuch: (room: number) => string;
  table: typeof fundPayments | typeof fundSpendings | typeof fundReturns;
  extra?: { whatFor: string; receiptPhoto: string | null };
  action: string;
  /** What else the step does in its transaction, e.g. tell the initiator. */
  after?: (tx: DbOrTx, grant: GrantState) => void;
};

/** One money step on a grant, in one transaction: owner check, the limit, the row, the audit record. */
function moveMoney(db: Db, input: Movement, step: Step): number {
  return db.transaction(
    (tx) => {
      if (step.initiatorOnly) assertInitiator(tx, input);
      const grant = loadGrant(tx, input.grantId, input.initiativeId);
      const room = step.room(grant);
      if (input.amount > room) throw new FieldRefusal("amount", step.tooMuch(room));
      const values = { grantId: grant.id, on: input.on, amountCents: input.amount, byId: input.actorId };
      const { id } = tx
        .insert(step.table)
        .values(step.extra ? { ...values, ...step.extra } : values)
        .returning({ id: step.table.id })
        .get();
      recordAudit(tx, {
        actorId: input.actorId,
        action: step.action,
        targetType: "initiative",
        targetId: input.initiativeId,
        details: {
          grantId: grant.id,
          rowId: id,
          amountCents: input.amount,
          on: input.on.toISOString().slice(0, 10),
          ...(step.extra && { whatFor: step.extra.whatFor, receipt: step.extra.receiptPhoto !== null }),
        },
      });
      step.after?.(tx, grant);
      return id;
    },
    { behavior: "immediate" },
  );
}

function assertInitiator(tx: DbOrTx, input: Movement): void {
  if (!actsAsInitiator(loadInitiative(tx, input.initiativeId), input.actorId)) throw new AppError("not_found", NOT_FOUND);
}

/** A tranche paid out; all tranches together never exceed the grant. */
export function recordPayment(db: Db, input: Movement): number {
  return moveMoney(db, input, {
    initiatorOnly: false,
    room: (grant) => grant.amount - grant.paid,
    tooMuch: (room) => (room > 0 ? `Er kan nog hoogstens ${formatEuros(room)} betaald worden.` : "Alles is al betaald."),
    table: fundPayments,
    action: "fund.paid",
    after: (tx, grant) => {
      const initiative = loadInitiative(tx, input.initiativeId);
      const to = initiatorAddress(tx, initiative);
      if (to) enqueueMail(tx, paymentMail(to, initiative, { amount: input.amount, paid: grant.paid + input.amount, granted: grant.amount }));
    },
  });
}

/** Spending reported by the initiator, with an optional receipt photo; never more than the grant. */
export function reportSpending(db: Db, input: Movement & { whatFor: string; receiptPhoto: string | null }): number {
  return moveMoney(db, input, {
    initiatorOnly: true,
    room: (grant) => grant.amount - grant.spent,
    tooMuch: (room) => `U kunt hoogstens ${formatEuros(Math.max(room, 0))} opgeven: meer is niet toegekend.`,
    table: fundSpendings,
    extra: { whatFor: input.whatFor, receiptPhoto: input.receiptPhoto },
    action: "fund.spent",
  });
}

/** The initiator pays back what is left: at most what was paid out and not spent or returned yet. */
export function returnMoney(db: Db, input: Movement): number {
  return moveMoney(db, input, {
    initiatorOnly: true,
    room: (grant) => grant.paid - grant.spent - grant.returned,
    tooMuch: (room) => (room > 0 ? `U heeft nog ${formatEuros(room)} over. Meer kunt u niet terugbetalen.` : "Er is geen geld over om terug te betalen."),
    table: fundReturns,
    action: "fund.returned",
  });
}
