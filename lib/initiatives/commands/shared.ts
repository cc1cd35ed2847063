import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { initiatives, users } from "@/db/schema";
import { AppError } from "@/lib/platform/errors";

export const NOT_FOUND = "Dit idee bestaat niet (meer).";

/** The columns the commands decide on, read inside their own transaction. */
export function loadInitiative(tx: DbOrTx, id: number) {
  const row = tx
    .select({
      id: initiatives.id,
      title: initiatives.title,
      status: initiatives.status,
      initiatorId: initiatives.initiatorId,
      onBehalfContact: initiatives.onBehalfContact,
      onBehalfById: initiatives.onBehalfById,
      coachId: initiatives.coachId,
      hiddenAt: initiatives.hiddenAt,
      photoPath: initiatives.photoPath,
    })
    .from(initiatives)
    .where(eq(initiatives.id, id))
    .get();
  if (!row) throw new AppError("not_found", NOT_FOUND);
  return row;
}
export type LoadedInitiative = ReturnType<typeof loadInitiative>;

/**
 * The initiator acts on the idea: its owner, or for an idea registered on a resident's behalf
 * (no account) the buurtwerker who registered it.
 */
export function actsAsInitiator(initiative: LoadedInitiative, userId: string): boolean {
  return initiative.initiatorId ? initiative.initiatorId === userId : initiative.onBehalfById === userId;
}

/** Where mails about an idea go: the initiator's account, or the e-mail given on their behalf. */
export function initiatorAddress(tx: DbOrTx, initiative: LoadedInitiative): string | null {
  if (initiative.initiatorId) {
    const user = tx.select({ email: users.email }).from(users).where(eq(users.id, initiative.initiatorId)).get();
    return user?.email ?? null;
  }
  const contact = initiative.onBehalfContact?.trim();
  return contact && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact) ? contact : null;
}
