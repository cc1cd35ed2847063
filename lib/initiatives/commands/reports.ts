import { and, eq, isNull, lte, sql, type SQL } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import type { ReportReason } from "@/db/enums";
import { backings, comments, initiatives, reports, signups, users } from "@/db/schema";
import { recordAudit } from "@/lib/platform/audit/record";
import { notifyHidden } from "@/lib/notifications/commands/events";
import { assertPublished, loadComment } from "./comments";
import { loadInitiative } from "./shared";

/** After this many open reports an idea or comment is hidden until a buurtwerker looks at it. */
export const REPORTS_TO_HIDE = 3;

/** A report counts toward hiding only from an account at least this old that has taken part before. */
export const REPORTER_MIN_AGE_DAYS = 3;

/** Why a comment was hidden by reports; its author still sees it, with a note. */
export const HIDDEN_BY_REPORTS = "Gemeld door bewoners";

/**
 * The account has taken part before: backed an idea, commented, proposed one (beyond a concept) or
 * signed up for an activity. Together with the account's age this keeps throwaway accounts from
 * hiding anything.
 */
const tookPart = sql`(
  exists (select 1 from ${backings} where ${backings.userId} = ${users.id})
  or exists (select 1 from ${comments} where ${comments.authorId} = ${users.id})
  or exists (select 1 from ${initiatives} where ${initiatives.initiatorId} = ${users.id} and ${initiatives.status} <> 'concept')
  or exists (select 1 from ${signups} where ${signups.userId} = ${users.id})
)`;

/**
 * Open reports that count toward hiding: from established residents that are not blocked, and
 * reports from one network (IPv4 /24, IPv6 /64) once.
 */
function countingReports(tx: DbOrTx, target: SQL | undefined, now: Date): number {
  const oldEnough = new Date(now.getTime() - REPORTER_MIN_AGE_DAYS * 24 * 60 * 60 * 1000);
  const [row] = tx
    .select({ n: sql<number>`count(distinct coalesce(${reports.rangeKey}, 'report:' || ${reports.id}))` })
    .from(reports)
    .innerJoin(users, eq(reports.reporterId, users.id))
    .where(and(target, isNull(reports.resolvedAt), lte(users.createdAt, oldEnough), isNull(users.blockedAt), tookPart))
    .all();
  return row?.n ?? 0;
}

export type ReportOutcome = { alreadyReported: boolean; hidden: boolean };

/**
 * A resident reports an idea or one of its comments, once. The third counting report (see
 * `countingReports`) hides it and alerts the buurtwerkers at once.
 */
export function reportContent(
  db: Db,
  input: { reporterId: string; initiativeId: number; commentId?: number; reason: ReportReason; note?: string; rangeKey?: string | null },
  now: Date = new Date(),
): ReportOutcome {
  return db.transaction(
    (tx) => {
      const initiative = loadInitiative(tx, input.initiativeId);
      assertPublished(initiative);
      const comment = input.commentId ? loadComment(tx, input.initiativeId, input.commentId) : null;
      const inserted = tx
        .insert(reports)
        .values({
          initiativeId: input.initiativeId,
          commentId: comment?.id ?? null,
          reporterId: input.reporterId,
          reason: input.reason,
          note: input.note ?? null,
          rangeKey: input.rangeKey ?? null,
        })
        .onConflictDoNothing()
        .run();
      const target = comment ? eq(reports.commentId, comment.id) : and(eq(reports.initiativeId, input.initiativeId), isNull(reports.commentId));
      const hide = countingReports(tx, target, now) >= REPORTS_TO_HIDE;
      const newlyHidden = hide && !(comment ? comment.hiddenAt : initiative.hiddenAt);
      if (newlyHidden && comment) {
        tx.update(comments).set({ hiddenAt: now, hiddenReason: HIDDEN_BY_REPORTS }).where(eq(comments.id, comment.id)).run();
        notifyHidden(tx, initiative, { what: "een reactie", key: `comment:${comment.id}:${now.getTime()}` });
      }
      if (newlyHidden && !comment) {
        tx.update(initiatives).set({ hiddenAt: now }).where(eq(initiatives.id, initiative.id)).run();
        notifyHidden(tx, initiative, { what: "het idee", key: `initiative:${initiative.id}:${now.getTime()}` });
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
