import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { Role } from "@/db/enums";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/platform/audit/record";
import { AppError } from "@/lib/platform/errors";

/** Makes the address in ADMIN_EMAIL a beheerder (on first sign-in and at start-up). */
export function applyAdminEmail(db: Db, email: string): void {
  const admin = process.env.ADMIN_EMAIL?.trim().toLowerCase();
  if (!admin || admin !== email.trim().toLowerCase()) return;
  db.update(users).set({ role: "beheerder" }).where(eq(sql`lower(${users.email})`, admin)).run();
}

export function updateProfile(
  db: Db,
  input: { userId: string; displayName: string; wijkId?: number },
): void {
  const result = db
    .update(users)
    .set({ displayName: input.displayName, wijkId: input.wijkId ?? null })
    .where(eq(users.id, input.userId))
    .run();
  if (result.changes !== 1) throw new AppError("not_found");
}

/**
 * A beheerder changes someone's role; the change and its author go into the audit log.
 * Returns false when the person already had that role: nothing is written then.
 */
export function changeRole(db: Db, input: { actorId: string; userId: string; role: Role }): boolean {
  return db.transaction(
    (tx) => {
      const target = tx
        .select({ role: users.role })
        .from(users)
        .where(eq(users.id, input.userId))
        .get();
      if (!target) throw new AppError("not_found", "Deze gebruiker bestaat niet (meer).");
      if (input.actorId === input.userId && input.role !== "beheerder") {
        throw new AppError("forbidden", "U kunt uw eigen rol als beheerder niet weghalen.");
      }
      if (target.role === input.role) return false;
      tx.update(users).set({ role: input.role }).where(eq(users.id, input.userId)).run();
      recordAudit(tx, {
        actorId: input.actorId,
        action: "user.role_changed",
        targetType: "user",
        targetId: input.userId,
        details: { from: target.role, to: input.role },
      });
      return true;
    },
    { behavior: "immediate" },
  );
}
