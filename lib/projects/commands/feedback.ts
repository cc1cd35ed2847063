import { and, asc, eq, isNull, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { projectFeedback, projectFollows, projects, users } from "@/db/schema";
import { recordAudit } from "@/lib/platform/audit/record";
import { AppError } from "@/lib/platform/errors";
import { enqueueMail } from "@/lib/platform/mail/outbox";
import { isAnonymousKey } from "@/lib/privacy/commands/anonymise";
import { issueUnsubscribe } from "@/lib/notifications/commands/unsubscribe";
import { feedbackMail } from "../mails";
import type { FeedbackOutcome } from "../fields";
import { assertRunsProject, type Actor } from "./access";

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
 * Mails the points not sent before to everyone who follows the project; each point goes out once.
 * Followers are accounts: an answer to the vragenlijst is never tied to a way to reach someone.
 * The account's choice for follow mails counts as for ideas: "never" gets no mail, and every mail
 * has the same one-click link to stop. Such a point is rare, so "weekly" gets it at once too.
 */
export function sendFeedback(db: Db, input: { actor: Actor; projectId: number; baseUrl: string; now?: Date }): { points: number; mailed: number } {
  const now = input.now ?? new Date();
  return db.transaction(
    (tx) => {
      assertRunsProject(tx, input.actor, input.projectId);
      const project = tx.select({ id: projects.id, title: projects.title }).from(projects).where(eq(projects.id, input.projectId)).get()!;
      const points = tx
        .select({ topic: projectFeedback.topic, outcome: projectFeedback.outcome, reason: projectFeedback.reason })
        .from(projectFeedback)
        .where(and(eq(projectFeedback.projectId, project.id), isNull(projectFeedback.sentAt)))
        .orderBy(asc(projectFeedback.id))
        .all();
      if (points.length === 0) throw new AppError("conflict", "Er is geen nieuw punt om te versturen. Schrijf eerst wat u met de inbreng doet.");
      const followers = tx
        .select({ id: users.id, email: users.email })
        .from(projectFollows)
        .innerJoin(users, eq(users.id, projectFollows.userId))
        .where(and(eq(projectFollows.projectId, project.id), isNull(users.blockedAt), ne(users.followMails, "never")))
        .all()
        .filter((follower) => !isAnonymousKey(follower.email));
      for (const follower of followers) enqueueMail(tx, feedbackMail(project, points, follower.email, input.baseUrl, issueUnsubscribe(tx, follower.id, "follow", now)));
      tx.update(projectFeedback).set({ sentAt: now }).where(and(eq(projectFeedback.projectId, project.id), isNull(projectFeedback.sentAt))).run();
      recordAudit(tx, { actorId: input.actor.id, action: "project.feedback_sent", targetType: "project", targetId: project.id, details: { points: points.length, mailed: followers.length } });
      return { points: points.length, mailed: followers.length };
    },
    { behavior: "immediate" },
  );
}
