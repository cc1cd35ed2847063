import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { trajectories, trajectoryAccess } from "@/db/schema";
import { recordAudit } from "@/lib/platform/audit/record";
import { AppError } from "@/lib/platform/errors";
import type { AccessKind } from "../fields";

export type Coach = { id: string; name: string };

/** The signed-in coach as the commands and the access records take one. */
export const coachOf = (user: { id: string; displayName: string | null }): Coach => ({ id: user.id, name: user.displayName ?? "Coach" });

/** The coach's own trajectory, or "not found" (another coach's file looks like no file at all). */
export function ownTrajectory(tx: DbOrTx, coachId: string, trajectoryId: number) {
  const row = tx.select().from(trajectories).where(and(eq(trajectories.id, trajectoryId), eq(trajectories.coachId, coachId))).get();
  if (!row) throw new AppError("not_found", "Dit dossier bestaat niet (meer).");
  return row;
}

/** An open trajectory of the coach: a change after the end is refused. */
export function ownOpenTrajectory(tx: DbOrTx, coachId: string, trajectoryId: number) {
  const row = ownTrajectory(tx, coachId, trajectoryId);
  if (row.endedOn) throw new AppError("conflict", "Dit traject is al afgesloten.");
  return row;
}

/**
 * Writes down that the coach opened or changed the file, for the client to read on /account. The
 * beheerder's logbook gets a line too (staff actions are audited), but one that names no client,
 * no trajectory and no place: only that this coach worked in a file.
 */
export function recordAccess(tx: DbOrTx, coach: Coach, trajectoryId: number, what: AccessKind, now = new Date(), audit = true): void {
  tx.insert(trajectoryAccess).values({ trajectoryId, coachId: coach.id, coachName: coach.name, what, createdAt: now }).run();
  if (audit && what !== "bekeken") recordAudit(tx, { actorId: coach.id, action: "dossier.worked", targetType: "dossier", targetId: "-" });
}
