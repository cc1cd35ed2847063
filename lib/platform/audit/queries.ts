import "server-only";
import { and, count, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db/client";
import { activities, auditLog, comments, initiatives, signups, users } from "@/db/schema";
import type { AuditEntry } from "./sentences";

export const AUDIT_PAGE_SIZE = 50;

const actor = alias(users, "actor");
const targetUser = alias(users, "target_user");
const signupActivity = alias(activities, "signup_activity");
const commentInitiative = alias(initiatives, "comment_initiative");

const targetIs = (type: string) => eq(auditLog.targetType, type);
const targetNumber = sql<number>`CAST(${auditLog.targetId} AS INTEGER)`;

/** The newest audit records first, for the beheerder, with the names of who did it and what it is about. */
export function listAuditLog(page: number): { rows: AuditEntry[]; total: number } {
  const db = getDb();
  const rows = db
    .select({
      id: auditLog.id,
      createdAt: auditLog.createdAt,
      actorName: actor.displayName,
      actorRole: actor.role,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      details: auditLog.details,
      targetUserName: sql<string | null>`coalesce(${targetUser.displayName}, ${targetUser.email})`,
      initiativeTitle: sql<string | null>`coalesce(${initiatives.title}, ${commentInitiative.title})`,
      activityId: sql<number | null>`coalesce(${activities.id}, ${signupActivity.id})`,
      activityTitle: sql<string | null>`coalesce(${activities.title}, ${signupActivity.title})`,
      commentInitiativeId: comments.initiativeId,
    })
    .from(auditLog)
    .leftJoin(actor, eq(auditLog.actorId, actor.id))
    .leftJoin(targetUser, and(targetIs("user"), eq(targetUser.id, auditLog.targetId)))
    .leftJoin(initiatives, and(targetIs("initiative"), eq(initiatives.id, targetNumber)))
    .leftJoin(comments, and(targetIs("comment"), eq(comments.id, targetNumber)))
    .leftJoin(commentInitiative, eq(commentInitiative.id, comments.initiativeId))
    .leftJoin(activities, and(targetIs("activity"), eq(activities.id, targetNumber)))
    .leftJoin(signups, and(targetIs("signup"), eq(signups.id, targetNumber)))
    .leftJoin(signupActivity, eq(signupActivity.id, signups.activityId))
    .orderBy(desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((page - 1) * AUDIT_PAGE_SIZE)
    .all();
  const total = db.select({ n: count() }).from(auditLog).get()?.n ?? 0;
  return { rows, total };
}
