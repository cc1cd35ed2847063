import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { activities, projectActivities } from "@/db/schema";
import { recordAudit } from "@/lib/platform/audit/record";
import { AppError, FieldRefusal } from "@/lib/platform/errors";
import { assertRunsProject, type Actor } from "./access";

/** Shows an activity (with its own sign-up) as a meeting of the project. */
export function linkMeeting(db: Db, input: { actor: Actor; projectId: number; activityId: number }): void {
  db.transaction(
    (tx) => {
      assertRunsProject(tx, input.actor, input.projectId);
      if (!tx.select({ id: activities.id }).from(activities).where(eq(activities.id, input.activityId)).get()) {
        throw new FieldRefusal("activityId", "Kies een activiteit uit de lijst.");
      }
      tx.insert(projectActivities).values({ projectId: input.projectId, activityId: input.activityId }).onConflictDoNothing().run();
      recordAudit(tx, { actorId: input.actor.id, action: "project.meeting_linked", targetType: "project", targetId: input.projectId, details: { activityId: input.activityId } });
    },
    { behavior: "immediate" },
  );
}

export function unlinkMeeting(db: Db, input: { actor: Actor; projectId: number; activityId: number }): void {
  db.transaction(
    (tx) => {
      assertRunsProject(tx, input.actor, input.projectId);
      const result = tx.delete(projectActivities).where(and(eq(projectActivities.projectId, input.projectId), eq(projectActivities.activityId, input.activityId))).run();
      if (result.changes !== 1) throw new AppError("not_found", "Deze bijeenkomst hoort niet (meer) bij het project.");
      recordAudit(tx, { actorId: input.actor.id, action: "project.meeting_unlinked", targetType: "project", targetId: input.projectId, details: { activityId: input.activityId } });
    },
    { behavior: "immediate" },
  );
}
