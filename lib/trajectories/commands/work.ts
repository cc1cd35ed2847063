import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { TrajectoryOutcome } from "@/db/enums";
import { trajectories, trajectoryNotes, trajectoryReviews } from "@/db/schema";
import { REVIEW_EVERY_MONTHS } from "../fields";
import { ownOpenTrajectory, ownTrajectory, recordAccess, type Coach } from "./access";
import { addMonths } from "@/lib/platform/time";

type Own = { coach: Coach; trajectoryId: number; now?: Date };

/** Writes down that the coach opened the file (each time the page is shown). */
export function recordView(db: Db, input: Own): void {
  db.transaction((tx) => {
    ownTrajectory(tx, input.coach.id, input.trajectoryId);
    recordAccess(tx, input.coach, input.trajectoryId, "bekeken", input.now);
  });
}

/** A review with the step on the ladder; the next one is due six months later. */
export function recordReview(db: Db, input: Own & { on: string; step: number; note: string }): void {
  db.transaction(
    (tx) => {
      ownOpenTrajectory(tx, input.coach.id, input.trajectoryId);
      tx.insert(trajectoryReviews).values({ trajectoryId: input.trajectoryId, on: input.on, step: input.step, note: input.note }).run();
      tx.update(trajectories)
        .set({ nextReviewOn: addMonths(input.on, REVIEW_EVERY_MONTHS), reviewRemindedOn: null })
        .where(eq(trajectories.id, input.trajectoryId))
        .run();
      recordAccess(tx, input.coach, input.trajectoryId, "evaluatie", input.now);
    },
    { behavior: "immediate" },
  );
}

/** A note of the coach in the file. */
export function addNote(db: Db, input: Own & { note: string }): void {
  db.transaction(
    (tx) => {
      ownOpenTrajectory(tx, input.coach.id, input.trajectoryId);
      tx.insert(trajectoryNotes).values({ trajectoryId: input.trajectoryId, note: input.note }).run();
      recordAccess(tx, input.coach, input.trajectoryId, "notitie", input.now);
    },
    { behavior: "immediate" },
  );
}

/** Ends the trajectory with its outcome; the details go a while later (lib/trajectories/commands/retention.ts). */
export function endTrajectory(db: Db, input: Own & { endedOn: string; outcome: TrajectoryOutcome }): void {
  db.transaction(
    (tx) => {
      ownOpenTrajectory(tx, input.coach.id, input.trajectoryId);
      tx.update(trajectories).set({ endedOn: input.endedOn, outcome: input.outcome }).where(eq(trajectories.id, input.trajectoryId)).run();
      recordAccess(tx, input.coach, input.trajectoryId, "beeindigd", input.now);
    },
    { behavior: "immediate" },
  );
}
