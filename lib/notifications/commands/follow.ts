import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { follows } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { AppError } from "@/lib/platform/errors";
import { loadInitiative } from "@/lib/initiatives/commands/shared";
import { isPublicStatus } from "@/lib/initiatives/status";

/** Follows an idea inside the caller's transaction (backing, help, comment); a repeat adds nothing. */
export function followIn(tx: DbOrTx, userId: string, initiativeId: number): void {
  tx.insert(follows).values({ userId, initiativeId }).onConflictDoNothing().run();
}

/** A signed-in resident follows a published idea. */
export function followInitiative(db: Db, input: { userId: string; initiativeId: number }): void {
  db.transaction(
    (tx) => {
      const initiative = loadInitiative(tx, input.initiativeId);
      if (!isPublicStatus(initiative.status) || initiative.hiddenAt) throw new AppError("conflict", "Dit idee kunt u nu niet volgen.");
      followIn(tx, input.userId, input.initiativeId);
    },
    { behavior: "immediate" },
  );
}

/** Stops following; the initiator and the coach keep hearing about their idea anyway. */
export function unfollowInitiative(db: Db, input: { userId: string; initiativeId: number }): void {
  db.delete(follows).where(and(eq(follows.userId, input.userId), eq(follows.initiativeId, input.initiativeId))).run();
}
