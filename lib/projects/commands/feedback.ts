import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { projectFeedback, projects } from "@/db/schema";
import { recordAudit } from "@/lib/platform/audit/record";
import { AppError } from "@/lib/platform/errors";
import { notify, projectFollowersOf } from "@/lib/notifications/commands/notify";
import { OUTCOME_LABELS, type FeedbackOutcome } from "../fields";
import { siteUrl } from "@/lib/platform/site-url";
import { assertRunsProject, type Actor } from "./access";
import { tellContacts } from "./contacts";

// "Wat doen we ermee": published on the project page at once, mailed to followers when the team sends it.

export function addFeedback(db: Db, input: { actor: Actor; projectId: number; topic: string; outcome: FeedbackOutcome; reason: string }): number {
  return db.transaction(
    (tx) => {
      assertRunsProject(tx, input.actor, input.projectId);
      const { id } = tx
        .insert(projectFeedback)
        .values({ projectId: input.projectId, topic: input.topic, outcome: input.outcome, reason: input.reason })
        .returning({ id: projectFeedback.id })
        .get();
      recordAudit(tx, { actorId: input.actor.id, action: "project.feedback_added", targetType: "project", targetId: input.projectId, details: { feedbackId: id, outcome: input.outcome } });
      return id;
    },
    { behavior: "immediate" },
  );
}

export function removeFeedback(db: Db, input: { actor: Actor; projectId: number; feedbackId: number }): void {
  db.transaction(
    (tx) => {
      assertRunsProject(tx, input.actor, input.projectId);
      const result = tx.delete(projectFeedback).where(and(eq(projectFeedback.id, input.feedbackId), eq(projectFeedback.projectId, input.projectId))).run();
      if (result.changes !== 1) throw new AppError("not_found", "Dit punt bestaat niet (meer).");
      recordAudit(tx, { actorId: input.actor.id, action: "project.feedback_removed", targetType: "project", targetId: input.projectId, details: { feedbackId: input.feedbackId } });
    },
    { behavior: "immediate" },
  );
}

/**
 * Tells every follower of the project of the points not sent before; each point goes out once.
 * Followers are accounts: an answer to the vragenlijst is never tied to a way to reach someone.
 * It goes through the notifications (kind project_feedback), so the account's choice for follow
 * mails holds as for ideas: at once, in the Monday digest, or never; each mail has the one-click
 * link to stop. The points are the team's words, so the notification carries them.
 */
export function sendFeedback(db: Db, input: { actor: Actor; projectId: number; now?: Date; baseUrl?: string }): { points: number; mailed: number; contacted: number } {
  const now = input.now ?? new Date();
  return db.transaction(
    (tx) => {
      assertRunsProject(tx, input.actor, input.projectId);
      const project = tx.select({ id: projects.id, title: projects.title }).from(projects).where(eq(projects.id, input.projectId)).get()!;
      const unsent = and(eq(projectFeedback.projectId, project.id), isNull(projectFeedback.sentAt));
      const points = tx.select({ topic: projectFeedback.topic, outcome: projectFeedback.outcome, reason: projectFeedback.reason }).from(projectFeedback).where(unsent).orderBy(asc(projectFeedback.id)).all();
      if (points.length === 0) throw new AppError("conflict", "Er is geen nieuw punt om te versturen. Schrijf eerst wat u met de inbreng doet.");
      tx.update(projectFeedback).set({ sentAt: now }).where(unsent).run();
      const mailed = notify(tx, {
        kind: "project_feedback",
        eventKey: `project-feedback:${project.id}:${now.getTime()}`,
        initiativeId: null,
        projectId: project.id,
        payload: { title: project.title, points: points.map((point) => `${OUTCOME_LABELS[point.outcome].word}: ${point.topic}. ${point.reason}`).join("\n") },
        audience: projectFollowersOf(project.id),
        now,
      });
      // And everyone who left a way to reach them without an account (project_contacts).
      const contacted = tellContacts(tx, { project, points, baseUrl: input.baseUrl ?? siteUrl() });
      recordAudit(tx, { actorId: input.actor.id, action: "project.feedback_sent", targetType: "project", targetId: project.id, details: { points: points.length, mailed, contacted } });
      return { points: points.length, mailed, contacted };
    },
    { behavior: "immediate" },
  );
}
