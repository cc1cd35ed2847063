import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { initiativeUpdatePhotos, initiativeUpdates } from "@/db/schema";
import { recordAudit } from "@/lib/platform/audit/record";
import { AppError } from "@/lib/platform/errors";
import { actsAsInitiator, loadInitiative } from "@/lib/initiatives/commands/shared";
import { isPublicStatus } from "@/lib/initiatives/status";
import { notifyUpdate } from "@/lib/notifications/commands/events";

/**
 * The initiator or the coach posts a progress update on a published idea; its followers are told
 * in the same transaction (one statement, however many follow).
 */
export function postUpdate(db: Db, input: { userId: string; initiativeId: number; body: string; photos: string[] }, now = new Date()): number {
  return db.transaction(
    (tx) => {
      const initiative = loadInitiative(tx, input.initiativeId);
      if (!actsAsInitiator(initiative, input.userId) && initiative.coachId !== input.userId) {
        throw new AppError("forbidden", "Alleen de initiatiefnemer en de coach kunnen nieuws over dit idee plaatsen.");
      }
      if (!isPublicStatus(initiative.status) || initiative.hiddenAt) throw new AppError("conflict", "Bij dit idee kunt u nu geen nieuws plaatsen.");
      const id = tx
        .insert(initiativeUpdates)
        .values({ initiativeId: initiative.id, authorId: input.userId, body: input.body, createdAt: now })
        .returning({ id: initiativeUpdates.id })
        .get().id;
      for (const photoPath of input.photos) tx.insert(initiativeUpdatePhotos).values({ updateId: id, photoPath }).run();
      notifyUpdate(tx, initiative, { id, body: input.body, authorId: input.userId }, now);
      return id;
    },
    { behavior: "immediate" },
  );
}

/** Staff hide an update, like a comment; the reason goes into the audit log. */
export function hideUpdate(db: Db, input: { staffId: string; initiativeId: number; updateId: number; reason: string }, now = new Date()): void {
  db.transaction(
    (tx) => {
      const hidden = tx
        .update(initiativeUpdates)
        .set({ hiddenAt: now, hiddenReason: input.reason })
        .where(and(eq(initiativeUpdates.id, input.updateId), eq(initiativeUpdates.initiativeId, input.initiativeId)))
        .run();
      if (hidden.changes !== 1) throw new AppError("not_found", "Dit bericht bestaat niet (meer).");
      recordAudit(tx, { actorId: input.staffId, action: "update.hidden", targetType: "initiative_update", targetId: input.updateId, details: { initiativeId: input.initiativeId, reason: input.reason } });
    },
    { behavior: "immediate" },
  );
}
