import { and, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { comments } from "@/db/schema";
import { AppError } from "@/lib/platform/errors";
import { notifyComment } from "@/lib/notifications/commands/events";
import { followIn } from "@/lib/notifications/commands/follow";
import { isPublicStatus } from "../status";
import { loadInitiative, type LoadedInitiative } from "./shared";

export function assertPublished(initiative: LoadedInitiative): void {
  if (!isPublicStatus(initiative.status) || initiative.hiddenAt) {
    throw new AppError("conflict", "Bij dit idee kunt u nu niet reageren.");
  }
}

/** A resident's comment on a published idea; plain text, shown escaped. */
export function addComment(db: Db, input: { userId: string; initiativeId: number; body: string }): number {
  return db.transaction(
    (tx) => {
      const initiative = loadInitiative(tx, input.initiativeId);
      assertPublished(initiative);
      const id = tx
        .insert(comments)
        .values({ initiativeId: input.initiativeId, authorId: input.userId, body: input.body })
        .returning({ id: comments.id })
        .get().id;
      followIn(tx, input.userId, input.initiativeId);
      notifyComment(tx, initiative, { id, authorId: input.userId, body: input.body });
      return id;
    },
    { behavior: "immediate" },
  );
}

/** A comment that belongs to this idea, or a not-found error. */
export function loadComment(tx: DbOrTx, initiativeId: number, commentId: number) {
  const comment = tx
    .select({ id: comments.id, hiddenAt: comments.hiddenAt })
    .from(comments)
    .where(and(eq(comments.id, commentId), eq(comments.initiativeId, initiativeId)))
    .get();
  if (!comment) throw new AppError("not_found", "Deze reactie bestaat niet (meer).");
  return comment;
}
