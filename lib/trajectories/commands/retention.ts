import { and, eq, inArray, isNotNull, isNull, lt, lte, or, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { trajectories, trajectoryAccess, trajectoryReviews, trajectoryTally, users } from "@/db/schema";
import { enqueueMail } from "@/lib/platform/mail/outbox";
import { reviewDueMail } from "../mails";
import { addMonths, localDay } from "@/lib/platform/time";

/**
 * Removes trajectories with everything in them (reviews, notes, access records: by the foreign
 * keys), leaving one anonymous tally row each: the months, whether the client went up a step, and
 * whether they left for paid work. So "in total" and the other figures stay right.
 */
export function removeTrajectories(tx: DbOrTx, ids: number[]): number {
  if (ids.length === 0) return 0;
  const rows = tx
    .select({
      id: trajectories.id,
      startsOn: trajectories.startsOn,
      endedOn: trajectories.endedOn,
      outcome: trajectories.outcome,
      steppedUp: sql<number>`exists (select 1 from ${trajectoryReviews} where ${trajectoryReviews.trajectoryId} = ${trajectories.id} and ${trajectoryReviews.step} > ${trajectories.startStep})`,
    })
    .from(trajectories)
    .where(inArray(trajectories.id, ids))
    .all();
  for (const row of rows) {
    tx.insert(trajectoryTally)
      .values({
        startedMonth: row.startsOn.slice(0, 7),
        endedMonth: row.endedOn?.slice(0, 7) ?? null,
        steppedUp: !!row.steppedUp || row.outcome === "trede_omhoog",
        paidWork: row.outcome === "betaald_werk",
      })
      .run();
  }
  return tx.delete(trajectories).where(inArray(trajectories.id, ids)).run().changes;
}

/** Account deletion: the person's trajectories go with the account; the counts stay. */
export function removeTrajectoriesOf(tx: DbOrTx, userId: string): number {
  const ids = tx.select({ id: trajectories.id }).from(trajectories).where(eq(trajectories.clientId, userId)).all();
  return removeTrajectories(tx, ids.map((row) => row.id));
}

/**
 * A coach deletes their account: their clients keep their files, but the coach's name goes from the
 * consent record and the access records (the foreign keys already set the ids to null).
 */
export function forgetCoach(tx: DbOrTx, coachId: string): void {
  const formerName = "Een vorige coach";
  tx.update(trajectories).set({ consentByName: formerName }).where(eq(trajectories.consentById, coachId)).run();
  tx.update(trajectoryAccess).set({ coachName: formerName }).where(eq(trajectoryAccess.coachId, coachId)).run();
}

/** The nightly retention: details of trajectories that ended more than `months` ago go. */
export function removeExpiredTrajectories(db: Db, input: { now: Date; months: number }): number {
  const cutoff = addMonths(localDay(input.now), -input.months);
  return db.transaction(
    (tx) => {
      const ids = tx.select({ id: trajectories.id }).from(trajectories).where(and(isNotNull(trajectories.endedOn), lt(trajectories.endedOn, cutoff))).all();
      return removeTrajectories(tx, ids.map((row) => row.id));
    },
    { behavior: "immediate" },
  );
}

/** One mail per coach with a review due (and not yet reminded of); it names no one. */
export function remindOfReviews(db: Db, input: { now: Date; baseUrl: string }): number {
  const day = localDay(input.now);
  return db.transaction(
    (tx) => {
      const due = tx
        .select({ id: trajectories.id, nextReviewOn: trajectories.nextReviewOn, coachEmail: users.email })
        .from(trajectories)
        .innerJoin(users, eq(users.id, trajectories.coachId))
        .where(
          and(
            isNull(trajectories.endedOn),
            lte(trajectories.nextReviewOn, day),
            or(isNull(trajectories.reviewRemindedOn), sql`${trajectories.reviewRemindedOn} != ${trajectories.nextReviewOn}`),
          ),
        )
        .all();
      for (const row of due) tx.update(trajectories).set({ reviewRemindedOn: row.nextReviewOn }).where(eq(trajectories.id, row.id)).run();
      const coaches = [...new Set(due.map((row) => row.coachEmail))];
      for (const email of coaches) enqueueMail(tx, reviewDueMail(email, input.baseUrl));
      return coaches.length;
    },
    { behavior: "immediate" },
  );
}
