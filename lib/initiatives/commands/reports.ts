import { and, eq, isNull, lte, sql, type SQL } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import type { ReportReason } from "@/db/enums";
import { activityReports, backings, comments, initiatives, reports, signups, users } from "@/db/schema";
import { recordAudit } from "@/lib/platform/audit/record";
import { notifyHidden } from "@/lib/notifications/commands/events";
import { recallMails } from "@/lib/notifications/queries/sources";
import { assertPublished, loadComment } from "./comments";
import { loadInitiative } from "./shared";
import { addWorkingDays } from "../working-days";

/** After this many open reports an idea or comment is hidden until a buurtwerker looks at it. */
export const REPORTS_TO_HIDE = 3;

/** An idea also needs reports from at least this share of its supporters (online and on paper). */
export const REPORT_SHARE_OF_SUPPORT = 0.1;

/** A hide by reports that no buurtwerker confirms within this many working days is undone. */
export const CONFIRM_WORKING_DAYS = 2;

/** Why the scheduler put something back: in the audit log. */
export const UNCONFIRMED = "Niet bevestigd door een buurtwerker binnen 2 werkdagen";

/** Counting reports needed to hide: 3, and for an idea also 10% of its support (a comment has none). */
export function reportsToHide(support: number): number {
  return Math.max(REPORTS_TO_HIDE, Math.ceil(support * REPORT_SHARE_OF_SUPPORT));
}

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
 * reports from one network (IPv4 /24, IPv6 /64) once. The same for reports on activities
 * (lib/activities/commands/activity-reports.ts), which have a table of their own.
 */
export function countingReports(tx: DbOrTx, target: SQL | undefined, now: Date, table: typeof reports | typeof activityReports = reports): number {
  const oldEnough = new Date(now.getTime() - REPORTER_MIN_AGE_DAYS * 24 * 60 * 60 * 1000);
  const [row] = tx
    .select({ n: sql<number>`count(distinct coalesce(${table.rangeKey}, 'report:' || ${table.id}))` })
    .from(table as typeof reports)
    .innerJoin(users, eq(table.reporterId, users.id))
    .where(and(target, isNull(table.resolvedAt), lte(users.createdAt, oldEnough), isNull(users.blockedAt), tookPart))
    .all();
  return row?.n ?? 0;
}

const supportOf = (tx: DbOrTx, initiativeId: number) =>
  tx.select({ n: sql<number>`${initiatives.backingCount} + ${initiatives.paperCount}` }).from(initiatives).where(eq(initiatives.id, initiativeId)).get()?.n ?? 0;

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
      const support = comment ? 0 : supportOf(tx, initiative.id);
      const hide = countingReports(tx, target, now) >= reportsToHide(support);
      const newlyHidden = hide && !(comment ? comment.hiddenAt : initiative.hiddenAt);
      if (newlyHidden && comment) {
        tx.update(comments).set({ hiddenAt: now, hiddenReason: HIDDEN_BY_REPORTS }).where(eq(comments.id, comment.id)).run();
        recallMails(tx, `comment:${comment.id}`);
        notifyHidden(tx, initiative, { what: "een reactie", key: `comment:${comment.id}:${now.getTime()}` });
      }
      if (newlyHidden && !comment) {
        tx.update(initiatives).set({ hiddenAt: now }).where(eq(initiatives.id, initiative.id)).run();
        recallMails(tx, `initiative:${initiative.id}`);
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
        if (hiddenAt) recallMails(tx, `comment:${comment.id}`);
      } else {
        tx.update(initiatives)
          .set({ hiddenAt: input.decision === "hide" ? (initiative.hiddenAt ?? now) : null })
          .where(eq(initiatives.id, initiative.id))
          .run();
        tx.update(reports)
          .set({ resolvedAt: now })
          .where(and(eq(reports.initiativeId, initiative.id), isNull(reports.commentId), isNull(reports.resolvedAt)))
          .run();
        if (hiddenAt) recallMails(tx, `initiative:${initiative.id}`);
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

/**
 * The scheduler's hourly check: an idea or comment that reports hid, and that no buurtwerker has
 * confirmed (a review resolves its reports) within 2 working days, is put back. Its open reports
 * are closed with it, so the next report does not hide it again at once; new reports by others
 * can. Returns the ideas whose pages changed.
 */
/**
 * What reports hid before `before` may be due to come back at `now`: working days are at least
 * calendar days, so the SQL narrows with `before` and `due` decides by the working-day rule.
 */
export function unconfirmedAt(now: Date): { before: Date; due: (hiddenAt: Date | null) => boolean } {
  return {
    before: new Date(now.getTime() - CONFIRM_WORKING_DAYS * 24 * 60 * 60 * 1000),
    due: (hiddenAt) => hiddenAt !== null && addWorkingDays(hiddenAt, CONFIRM_WORKING_DAYS) <= now,
  };
}

export function restoreUnconfirmedHides(db: Db, now: Date = new Date()): number[] {
  return db.transaction(
    (tx) => {
      const { before, due } = unconfirmedAt(now);
      const open = and(isNull(reports.resolvedAt), eq(reports.initiativeId, initiatives.id));
      // Reports on a hidden idea are refused, so open reports on one mean the reports hid it.
      const ideas = tx
        .select({ id: initiatives.id, hiddenAt: initiatives.hiddenAt })
        .from(initiatives)
        .where(and(lte(initiatives.hiddenAt, before), sql`exists (select 1 from ${reports} where ${open} and ${reports.commentId} is null)`))
        .all()
        .filter((idea) => due(idea.hiddenAt));
      const hiddenComments = tx
        .select({ id: comments.id, initiativeId: comments.initiativeId, hiddenAt: comments.hiddenAt })
        .from(comments)
        .where(and(lte(comments.hiddenAt, before), eq(comments.hiddenReason, HIDDEN_BY_REPORTS), sql`exists (select 1 from ${reports} where ${reports.commentId} = ${comments.id} and ${reports.resolvedAt} is null)`))
        .all()
        .filter((comment) => due(comment.hiddenAt));
      for (const idea of ideas) {
        tx.update(initiatives).set({ hiddenAt: null }).where(eq(initiatives.id, idea.id)).run();
        tx.update(reports).set({ resolvedAt: now }).where(and(eq(reports.initiativeId, idea.id), isNull(reports.commentId), isNull(reports.resolvedAt))).run();
        recordAudit(tx, { actorId: null, action: "initiative.restored", targetType: "initiative", targetId: idea.id, details: { initiativeId: idea.id, reason: UNCONFIRMED, automatic: true } });
      }
      for (const comment of hiddenComments) {
        tx.update(comments).set({ hiddenAt: null, hiddenReason: null }).where(eq(comments.id, comment.id)).run();
        tx.update(reports).set({ resolvedAt: now }).where(and(eq(reports.commentId, comment.id), isNull(reports.resolvedAt))).run();
        recordAudit(tx, { actorId: null, action: "comment.restored", targetType: "comment", targetId: comment.id, details: { initiativeId: comment.initiativeId, reason: UNCONFIRMED, automatic: true } });
      }
      return [...new Set([...ideas.map((idea) => idea.id), ...hiddenComments.map((comment) => comment.initiativeId)])];
    },
    { behavior: "immediate" },
  );
}
