import { and, eq, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { backings, initiatives } from "@/db/schema";
import { AppError } from "@/lib/platform/errors";
import { notifyHelp, notifyThresholdIfReached } from "@/lib/notifications/commands/events";
import { followIn } from "@/lib/notifications/commands/follow";
import { loadInitiative, type LoadedInitiative } from "./shared";

/** What the backer sees after any click: the answer is the current state, never an error for a repeat. */
export type BackingState = { backed: boolean; helpOffered: boolean; backingCount: number; helperCount: number };

function stateOf(tx: DbOrTx, initiativeId: number, userId: string): BackingState {
  const mine = tx
    .select({ helpOffered: backings.helpOffered })
    .from(backings)
    .where(and(eq(backings.initiativeId, initiativeId), eq(backings.userId, userId)))
    .get();
  const counts = tx
    .select({ backingCount: initiatives.backingCount, helperCount: initiatives.helperCount })
    .from(initiatives)
    .where(eq(initiatives.id, initiativeId))
    .get();
  return { backed: Boolean(mine), helpOffered: mine?.helpOffered ?? false, backingCount: counts?.backingCount ?? 0, helperCount: counts?.helperCount ?? 0 };
}

function assertOpenForSupport(initiative: LoadedInitiative, userId: string): void {
  if (initiative.status !== "zoekt_steun" || initiative.hiddenAt) {
    throw new AppError("conflict", "Dit idee zoekt nu geen steun meer.");
  }
  if (initiative.initiatorId === userId) throw new AppError("forbidden", "U kunt uw eigen idee niet steunen.");
}

/** Adds one to a counter column in the same transaction as the row it counts. */
function bump(tx: DbOrTx, initiativeId: number, column: "backingCount" | "helperCount", by: number): void {
  const target = initiatives[column];
  tx.update(initiatives).set({ [column]: sql`${target} + ${by}` }).where(eq(initiatives.id, initiativeId)).run();
}

/** Backing or helping makes the resident a follower; reaching the threshold is told to the initiator once. */
function afterSupport(tx: DbOrTx, input: { userId: string; initiativeId: number }): void {
  followIn(tx, input.userId, input.initiativeId);
  notifyThresholdIfReached(tx, input.initiativeId);
}

/** Backs an idea once. A second click, tab or replayed request finds the unique index and adds nothing. */
export function backInitiative(db: Db, input: { userId: string; initiativeId: number }): BackingState {
  return db.transaction(
    (tx) => {
      assertOpenForSupport(loadInitiative(tx, input.initiativeId), input.userId);
      const inserted = tx.insert(backings).values(input).onConflictDoNothing().run();
      if (inserted.changes === 1) {
        bump(tx, input.initiativeId, "backingCount", 1);
        afterSupport(tx, input);
      }
      return stateOf(tx, input.initiativeId, input.userId);
    },
    { behavior: "immediate" },
  );
}

/** Withdraws the own backing (and with it any offer of help) while the idea seeks support. */
export function withdrawBacking(db: Db, input: { userId: string; initiativeId: number }): BackingState {
  return db.transaction(
    (tx) => {
      const initiative = loadInitiative(tx, input.initiativeId);
      if (initiative.status !== "zoekt_steun") throw new AppError("conflict", "Dit idee zoekt geen steun meer. Uw steun blijft staan.");
      const removed = tx
        .delete(backings)
        .where(and(eq(backings.initiativeId, input.initiativeId), eq(backings.userId, input.userId)))
        .returning({ helpOffered: backings.helpOffered })
        .get();
      if (removed) {
        bump(tx, input.initiativeId, "backingCount", -1);
        if (removed.helpOffered) bump(tx, input.initiativeId, "helperCount", -1);
      }
      return stateOf(tx, input.initiativeId, input.userId);
    },
    { behavior: "immediate" },
  );
}

/** "Ik help mee": backs the idea if not yet done and keeps the note (the latest one wins). */
export function offerHelp(db: Db, input: { userId: string; initiativeId: number; helpNote: string }): BackingState {
  return db.transaction(
    (tx) => {
      const initiative = loadInitiative(tx, input.initiativeId);
      assertOpenForSupport(initiative, input.userId);
      const existing = tx
        .select({ id: backings.id, helpOffered: backings.helpOffered })
        .from(backings)
        .where(and(eq(backings.initiativeId, input.initiativeId), eq(backings.userId, input.userId)))
        .get();
      if (existing) {
        tx.update(backings).set({ helpOffered: true, helpNote: input.helpNote }).where(eq(backings.id, existing.id)).run();
        if (!existing.helpOffered) bump(tx, input.initiativeId, "helperCount", 1);
      } else {
        tx.insert(backings).values({ ...input, helpOffered: true }).run();
        bump(tx, input.initiativeId, "backingCount", 1);
        bump(tx, input.initiativeId, "helperCount", 1);
      }
      afterSupport(tx, input);
      notifyHelp(tx, initiative, { userId: input.userId, note: input.helpNote });
      return stateOf(tx, input.initiativeId, input.userId);
    },
    { behavior: "immediate" },
  );
}
