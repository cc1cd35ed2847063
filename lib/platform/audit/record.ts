import { auditLog } from "@/db/schema";
import type { DbOrTx } from "@/db/client";

export type AuditInput = {
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string | number;
  details?: Record<string, unknown>;
};

/** Writes one audit record; call it inside the transaction of the change it describes. */
export function recordAudit(tx: DbOrTx, entry: AuditInput): void {
  tx.insert(auditLog)
    .values({ ...entry, targetId: String(entry.targetId), details: entry.details ?? null })
    .run();
}
