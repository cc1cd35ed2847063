import "server-only";
import { and, asc, desc, eq, inArray, isNull, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { trajectories, trajectoryAccess, trajectoryNotes, trajectoryReviews, users } from "@/db/schema";

/**
 * Everything stored about the person's own trajectories, for /account and the data download:
 * the trajectory, the consent (text, when, by whom), reviews, notes, and who looked in the file.
 */
export const ownTrajectories = (userId: string) => trajectoriesWhere(eq(trajectories.clientId, userId));

/** The same for a client without an account, on /mijn-traject after the code by text message. */
export const phoneTrajectories = (trajectoryId: number) => trajectoriesWhere(and(eq(trajectories.id, trajectoryId), isNull(trajectories.clientId))!);

function trajectoriesWhere(where: SQL) {
  const db = getDb();
  const rows = db
    .select({
      id: trajectories.id,
      coachName: users.displayName,
      clientPhone: trajectories.clientPhone,
      startsOn: trajectories.startsOn,
      plannedEndOn: trajectories.plannedEndOn,
      hoursPerWeek: trajectories.hoursPerWeek,
      kind: trajectories.kind,
      clientGroup: trajectories.clientGroup,
      startStep: trajectories.startStep,
      nextReviewOn: trajectories.nextReviewOn,
      endedOn: trajectories.endedOn,
      outcome: trajectories.outcome,
      consentText: trajectories.consentText,
      consentAt: trajectories.consentAt,
      consentByName: trajectories.consentByName,
    })
    .from(trajectories)
    .leftJoin(users, eq(users.id, trajectories.coachId))
    .where(where)
    .orderBy(desc(trajectories.startsOn))
    .all();
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const reviews = db.select().from(trajectoryReviews).where(inArray(trajectoryReviews.trajectoryId, ids)).orderBy(asc(trajectoryReviews.on)).all();
  const notes = db.select().from(trajectoryNotes).where(inArray(trajectoryNotes.trajectoryId, ids)).orderBy(asc(trajectoryNotes.id)).all();
  const access = db
    .select({ trajectoryId: trajectoryAccess.trajectoryId, coachName: trajectoryAccess.coachName, what: trajectoryAccess.what, at: trajectoryAccess.createdAt })
    .from(trajectoryAccess)
    .where(inArray(trajectoryAccess.trajectoryId, ids))
    .orderBy(desc(trajectoryAccess.id))
    .all();
  return rows.map((row) => ({
    ...row,
    reviews: reviews.filter((r) => r.trajectoryId === row.id).map(({ on, step, note }) => ({ on, step, note })),
    notes: notes.filter((n) => n.trajectoryId === row.id).map(({ note, createdAt }) => ({ note, createdAt })),
    access: access.filter((a) => a.trajectoryId === row.id).map(({ coachName, what, at }) => ({ coachName, what, at })),
  }));
}
export type OwnTrajectory = ReturnType<typeof ownTrajectories>[number];
