import { and, count, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { ReportReason } from "@/db/enums";
import { comments, initiatives, reports } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { assertPublished, loadComment } from "./comments";
import { loadInitiative } from "./shared";

/** After this many open reports an idea or comment is hidden until a buurtwerker looks at it. */
export const REPORTS_TO_HIDE = 3;

export type ReportOutcome = { alreadyReported: boolean; hidden: boolean };

/** A resident reports an idea or one of its comments, once; the third open report hides it. */
export function reportContent(
  db: Db,
  input: { reporterId: string; initiativeId: number; commentId?: number; reason: ReportReason; note?: string },
  now: Date = new Date(),
): ReportOutcome {
  return db.transaction(
    (tx) => {
      const initiative = loadInitiative(tx, input.initiativeId);
      assertPublished(initiative);
      const comment = input.commentId ? loadComment(tx, input.initiativeId, input.commentId) : null;
      const inserted = tx
        .insert(reports)
        .values({ initiativeId: input.initiativeId, commentId: comment?.id ?? null, reporterId: input.reporterId, reason: input.reason, note: input.note ?? null })
        .onConflictDoNothing()
        .run();
      const target = comment ? eq(reports.commentId, comment.id) : and(eq(reports.initiativeId, input.initiativeId), isNull(reports.commentId));
      const [open] = tx.select({ n: count() }).from(reports).where(and(target, isNull(reports.resolvedAt))).all();
      const hide = (open?.n ?? 0) >= REPORTS_TO_HIDE;
      if (hide && comment && !comment.hiddenAt) {
        tx.update(comments).set({ hiddenAt: now, hiddenReason: "Gemeld door bewoners" }).where(eq(comments.id, comment.id)).run();
      }
      if (hide && !comment && !initiative.hiddenAt) {
        tx.update(initiatives).set({ hiddenAt: now }).where(eq(initiatives.id, initiative.id)).run();
      }
      return { alreadyReported: inserted.changes === 0, hidden: hide };
    },
    { behavior: "immediate" },
  );
}

/**
 * A buurtwerker decides: put it back ("restore") or keep it hidden ("hide"); also used to hide a
 * comment without reports. Open reports are closed; the reason goes into the audit log.
 */
export function reviewContent(
  db: Db,
  input: { staffId: string; initiativeId: number; commentId?: number; decision: "restore" | "hide"; reason: string },
  now: Date = new Date(),
): void {
  db.transaction(
    (tx) => {
      const initiative = loadInitiative(tx, input.initiativeId);
      const hiddenAt = input.decision === "hide" ? now : null;
      if (input.commentId) {
        const comment = loadComment(tx, input.initiativeId, input.commentId);
        tx.update(comments)
          .set({ hiddenAt: input.decision === "hide" ? (comment.hiddenAt ?? now) : null, hiddenReason: hiddenAt ? input.reason : null })
          .where(eq(comments.id, comment.id))
          .run();
        tx.update(reports).set({ resolvedAt: now }).where(and(eq(reports.commentId, comment.id), isNull(reports.resolvedAt))).run();
      } else {
        tx.update(initiatives)
          .set({ hiddenAt: input.decision === "hide" ? (initiative.hiddenAt ?? now) : null })
          .where(eq(initiatives.id, initiative.id))
          .run();
        tx.update(reports)
          .set({ resolvedAt: now })
          .where(and(eq(reports.initiativeId, initiative.id), isNull(reports.commentId), isNull(reports.resolvedAt)))
          .run();
      }
      recordAudit(tx, {
        actorId: input.staffId,
        action: `${input.commentId ? "comment" : "initiative"}.${input.decision === "hide" ? "hidden" : "restored"}`,
        targetType: input.commentId ? "comment" : "initiative",
        targetId: input.commentId ?? initiative.id,
        details: { initiativeId: initiative.id, reason: input.reason },
      });
    },
    { behavior: "immediate" },
  );
}
