import { and, eq, isNull, lte, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import type { ReportReason } from "@/db/enums";
import { activities, activityReports } from "@/db/schema";
import { AppError } from "@/lib/platform/errors";
import { notifyHidden } from "@/lib/notifications/commands/events";
import { countingReports, REPORTS_TO_HIDE, UNCONFIRMED, unconfirmedAt } from "@/lib/initiatives/commands/reports";
import { recordAudit } from "@/lib/platform/audit/record";
import { loadInitiative } from "@/lib/initiatives/commands/shared";
import { HIDDEN_BY_REPORTS } from "./approval";
import { comingActivitiesOf } from "./organizer";
import { callOff } from "./staff";

/** Why an activity was hidden when its organiser's account was blocked. */
export const HIDDEN_BY_BLOCK = "Account geblokkeerd";

/**
 * A resident reports an initiator's activity, once, as they report a comment: the third counting
 * report (lib/initiatives/commands/reports.ts) hides it until a buurtwerker looks, and alerts them.
 */
export function reportActivity(
  db: Db,
  input: { reporterId: string; activityId: number; reason: ReportReason; note?: string; rangeKey?: string | null },
  now: Date = new Date(),
): { alreadyReported: boolean; hidden: boolean } {
  return db.transaction(
    (tx) => {
      const row = tx
        .select({ organizerId: activities.organizerId, initiativeId: activities.initiativeId, hiddenAt: activities.hiddenAt })
        .from(activities)
        .where(eq(activities.id, input.activityId))
        .get();
      if (!row?.organizerId || row.hiddenAt || !row.initiativeId) throw new AppError("not_found", "Deze activiteit bestaat niet (meer).");
      const inserted = tx
        .insert(activityReports)
        .values({ activityId: input.activityId, reporterId: input.reporterId, reason: input.reason, note: input.note ?? null, rangeKey: input.rangeKey ?? null })
        .onConflictDoNothing()
        .run();
      const hide = countingReports(tx, eq(activityReports.activityId, input.activityId), now, activityReports) >= REPORTS_TO_HIDE;
      if (hide) {
        tx.update(activities).set({ hiddenAt: now, hiddenReason: HIDDEN_BY_REPORTS }).where(eq(activities.id, input.activityId)).run();
        const idea = loadInitiative(tx, row.initiativeId);
        notifyHidden(tx, idea, { what: "een activiteit", key: `activity:${input.activityId}:${now.getTime()}` });
      }
      return { alreadyReported: inserted.changes === 0, hidden: hide };
    },
    { behavior: "immediate" },
  );
}

/**
 * In the block's transaction: the blocked organiser's coming activities are hidden and called off;
 * everyone signed up or waiting gets the usual "gaat niet door" message.
 */
export function hideActivitiesOfBlocked(tx: DbOrTx, userId: string, now: Date): { activities: number; told: number } {
  const ids = comingActivitiesOf(tx, userId, now);
  let told = 0;
  for (const id of ids) {
    tx.update(activities).set({ hiddenAt: now, hiddenReason: HIDDEN_BY_BLOCK }).where(eq(activities.id, id)).run();
    told += callOff(tx, id, now);
  }
  return { activities: ids.length, told };
}

/**
 * As for comments: an activity that reports hid and no buurtwerker confirmed in 2 working days is
 * shown again (the hourly job), logged as the website's own step. Returns the activities shown again.
 */
export function restoreUnconfirmedActivityHides(db: Db, now: Date = new Date()): number[] {
  const { before, due } = unconfirmedAt(now);
  return db.transaction(
    (tx) => {
      const open = sql`exists (select 1 from ${activityReports} where ${activityReports.activityId} = ${activities.id} and ${activityReports.resolvedAt} is null)`;
      const comeBack = tx
        .select({ id: activities.id, hiddenAt: activities.hiddenAt })
        .from(activities)
        .where(and(lte(activities.hiddenAt, before), eq(activities.hiddenReason, HIDDEN_BY_REPORTS), open))
        .all()
        .filter((activity) => due(activity.hiddenAt));
      for (const { id } of comeBack) {
        tx.update(activities).set({ hiddenAt: null, hiddenReason: null }).where(eq(activities.id, id)).run();
        tx.update(activityReports).set({ resolvedAt: now }).where(and(eq(activityReports.activityId, id), isNull(activityReports.resolvedAt))).run();
        recordAudit(tx, { actorId: null, action: "activity.restored", targetType: "activity", targetId: id, details: { reason: UNCONFIRMED, automatic: true } });
      }
      return comeBack.map(({ id }) => id);
    },
    { behavior: "immediate" },
  );
}
