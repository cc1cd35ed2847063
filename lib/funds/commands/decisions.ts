import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { fundRequests, funds, grants } from "@/db/schema";
import { recordAudit } from "@/lib/platform/audit/record";
import { AppError, FieldRefusal } from "@/lib/platform/errors";
import { initiatorAddress, loadInitiative } from "@/lib/initiatives/commands/shared";
import { enqueueMail } from "@/lib/platform/mail/outbox";
import { DECIDABLE_STATUSES } from "../fields";
import { grantMail, refusalMail } from "../mails";
import { formatEuros } from "@/lib/platform/money";
import type { DecisionInput } from "../schema";
import { fundBalance } from "./balance";

/** The year a decision counts in: the fund's budget of that year pays for it. */
export const yearOf = (date: Date) => date.getUTCFullYear();

/**
 * The beheerder's decision on an idea's money request, in one transaction with its audit record
 * and the mail to the initiator. A grant never exceeds what the fund has left that year: the
 * balance is read and the grant written under the same write lock, so two grants decided at the
 * same moment cannot both take the last money.
 */
export function decideMoney(db: Db, input: DecisionInput & { actorId: string; now?: Date }): number {
  const now = input.now ?? new Date();
  return db.transaction(
    (tx) => {
      const initiative = loadInitiative(tx, input.initiativeId);
      if (!(DECIDABLE_STATUSES as readonly string[]).includes(initiative.status) || initiative.hiddenAt) {
        throw new AppError("conflict", "Over geld voor dit idee kunt u nu niet beslissen: het zoekt geen steun en loopt ook niet.");
      }
      const to = initiatorAddress(tx, initiative);
      const about = { id: initiative.id, title: initiative.title };
      const decided = { initiativeId: input.initiativeId, decidedById: input.actorId, decidedAt: now };
      // A sent request waits no more.
      tx.update(fundRequests).set({ decidedAt: now }).where(and(eq(fundRequests.initiativeId, input.initiativeId), isNull(fundRequests.decidedAt))).run();
      if (input.decision === "refuse") {
        const { id } = tx.insert(grants).values({ ...decided, reason: input.reason }).returning({ id: grants.id }).get();
        recordAudit(tx, { actorId: input.actorId, action: "fund.refused", targetType: "initiative", targetId: input.initiativeId, details: { grantId: id, reason: input.reason } });
        if (to) enqueueMail(tx, refusalMail(to, about, input.reason));
        return id;
      }
      const fund = tx.select({ name: funds.name, open: funds.open }).from(funds).where(eq(funds.id, input.fundId)).get();
      if (!fund) throw new FieldRefusal("fundId", "Dit fonds bestaat niet (meer). Kies een ander fonds.");
      if (!fund.open) throw new FieldRefusal("fundId", "Dit fonds is gesloten. Kies een open fonds.");
      const year = yearOf(now);
      const { balance } = fundBalance(tx, input.fundId, year);
      if (input.amount > balance) {
        throw new FieldRefusal(
          "amount",
          balance > 0
            ? `Zoveel heeft ${fund.name} niet meer in ${year}. Er is nog ${formatEuros(balance)}.`
            : `${fund.name} heeft in ${year} geen geld meer over. Kies een ander fonds.`,
        );
      }
      const values = {
        ...decided,
        fundId: input.fundId,
        year,
        amountCents: input.amount,
        conditions: input.conditions ?? null,
        contactName: input.contactName,
        contactEmail: input.contactEmail,
      };
      const { id } = tx.insert(grants).values(values).returning({ id: grants.id }).get();
      recordAudit(tx, {
        actorId: input.actorId,
        action: "fund.granted",
        targetType: "initiative",
        targetId: input.initiativeId,
        details: { grantId: id, fundId: input.fundId, year, amountCents: input.amount, balanceBeforeCents: balance },
      });
      if (to) enqueueMail(tx, grantMail(to, about, { ...input, fundName: fund.name }));
      return id;
    },
    { behavior: "immediate" },
  );
}
