import "server-only";
import { count, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, users } from "@/db/schema";

export const AUDIT_PAGE_SIZE = 50;

export type AuditRow = {
  id: number;
  createdAt: Date;
  actorName: string | null;
  action: string;
  targetType: string;
  targetId: string;
  details: Record<string, unknown> | null;
};

/** The newest audit records first, for the beheerder. */
export function listAuditLog(page: number): { rows: AuditRow[]; total: number } {
  const db = getDb();
  const rows = db
    .select({
      id: auditLog.id,
      createdAt: auditLog.createdAt,
      actorName: users.displayName,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      details: auditLog.details,
    })
    .from(auditLog)
    .leftJoin(users, eq(auditLog.actorId, users.id))
    .orderBy(desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((page - 1) * AUDIT_PAGE_SIZE)
    .all();
  const total = db.select({ n: count() }).from(auditLog).get()?.n ?? 0;
  return { rows, total };
}
