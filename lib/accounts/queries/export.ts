import "server-only";
import { eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { activities, activityMessages, activityReports, auditLog, backings, budgetLines, comments, feedbackInvites, follows, fundReturns, fundSpendings, helpPlaces, helpTakes, initiatives, initiativeUpdates, notifications, projectFollows, projectMembers, reports, signups, smsOutbox, users, wijken } from "@/db/schema";
import { ownedBy } from "@/lib/activities/ownership";
import { projectsVotedIn } from "@/lib/projects/commands/vote";
import { ownTrajectories } from "@/lib/trajectories/queries/own";

/** Everything stored about one person, as they may download it (AVG article 15 and 20). */
export function exportPersonalData(userId: string) {
  const db = getDb();
  const account = db
    .select({
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      wijk: wijken.name,
      createdAt: users.createdAt,
      emailVerified: users.emailVerified,
      followMails: users.followMails,
      staffMails: users.staffMails,
    })
    .from(users)
    .leftJoin(wijken, eq(users.wijkId, wijken.id))
    .where(eq(users.id, userId))
    .get();
  const signupRows = db
    .select({ id: signups.id, activityId: signups.activityId, name: signups.name, email: signups.email, phone: signups.phone, partySize: signups.partySize, notes: signups.notes, status: signups.status, createdAt: signups.createdAt })
    .from(signups)
    // Also sign-ups made as a guest with the account's own address: those are deleted with it too.
    .where(ownedBy(userId))
    .all();
  const phones = [...new Set(signupRows.flatMap((signup) => (signup.phone ? [signup.phone] : [])))];
  return {
    explanation:
      "Dit is alles wat Burgers maken Hrl-Nrd over u bewaart. Vragen? Mail privacy@burgersmaken.nl.",
    exportedAt: new Date().toISOString(),
    account,
    // A participation trajectory, only ever in the download of the person it is about.
    trajectories: ownTrajectories(userId),
    initiatives: db
      .select({ id: initiatives.id, title: initiatives.title, pitch: initiatives.pitch, description: initiatives.description, status: initiatives.status, createdAt: initiatives.createdAt })
      .from(initiatives)
      .where(eq(initiatives.initiatorId, userId))
      .all(),
    // The budgets of the own ideas, and the spending and returns the person reported (receipt photos are files: their names only).
    budgetLines: db
      .select({ initiativeId: budgetLines.initiativeId, whatFor: budgetLines.whatFor, amountCents: budgetLines.amountCents, createdAt: budgetLines.createdAt })
      .from(budgetLines)
      .innerJoin(initiatives, eq(budgetLines.initiativeId, initiatives.id))
      .where(eq(initiatives.initiatorId, userId))
      .all(),
    spendings: db
      .select({ grantId: fundSpendings.grantId, on: fundSpendings.on, amountCents: fundSpendings.amountCents, whatFor: fundSpendings.whatFor, receiptPhoto: fundSpendings.receiptPhoto })
      .from(fundSpendings)
      .where(eq(fundSpendings.byId, userId))
      .all(),
    returns: db
      .select({ grantId: fundReturns.grantId, on: fundReturns.on, amountCents: fundReturns.amountCents })
      .from(fundReturns)
      .where(eq(fundReturns.byId, userId))
      .all(),
    backings: db
      .select({ initiativeId: backings.initiativeId, helpOffered: backings.helpOffered, helpNote: backings.helpNote, createdAt: backings.createdAt })
      .from(backings)
      .where(eq(backings.userId, userId))
      .all(),
    comments: db
      .select({ initiativeId: comments.initiativeId, body: comments.body, createdAt: comments.createdAt })
      .from(comments)
      .where(eq(comments.authorId, userId))
      .all(),
    follows: db.select({ initiativeId: follows.initiativeId, createdAt: follows.createdAt }).from(follows).where(eq(follows.userId, userId)).all(),
    // Projects followed and project teams. Answers to a vragenlijst are anonymous: nothing ties them to the account.
    projectFollows: db.select({ projectId: projectFollows.projectId, createdAt: projectFollows.createdAt }).from(projectFollows).where(eq(projectFollows.userId, userId)).all(),
    // Keuzes voted in with this account: only that it voted; the choice is stored apart, under no name.
    projectVotes: projectsVotedIn(db, userId).map((projectId) => ({ projectId })),
    projectTeams: db.select({ projectId: projectMembers.projectId }).from(projectMembers).where(eq(projectMembers.userId, userId)).all(),
    updates: db
      .select({ initiativeId: initiativeUpdates.initiativeId, body: initiativeUpdates.body, createdAt: initiativeUpdates.createdAt })
      .from(initiativeUpdates)
      .where(eq(initiativeUpdates.authorId, userId))
      .all(),
    notifications: db
      .select({ kind: notifications.kind, initiativeId: notifications.initiativeId, createdAt: notifications.createdAt, mailedAt: notifications.mailedAt })
      .from(notifications)
      .where(eq(notifications.userId, userId))
      .all(),
    reports: db
      .select({ initiativeId: reports.initiativeId, commentId: reports.commentId, reason: reports.reason, note: reports.note, createdAt: reports.createdAt })
      .from(reports)
      .where(eq(reports.reporterId, userId))
      .all(),
    signups: signupRows,
    // Activities organised for one's own idea, the messages sent to those signed up, and reports on activities.
    activitiesOrganised: db
      .select({ activityId: activities.id, title: activities.title, description: activities.description, address: activities.address, startsAt: activities.startsAt, approval: activities.approval, createdAt: activities.createdAt })
      .from(activities)
      .where(eq(activities.organizerId, userId))
      .all(),
    organiserMessages: db
      .select({ activityId: activityMessages.activityId, body: activityMessages.body, recipients: activityMessages.recipients, createdAt: activityMessages.createdAt })
      .from(activityMessages)
      .where(eq(activityMessages.senderId, userId))
      .all(),
    activityReports: db
      .select({ activityId: activityReports.activityId, reason: activityReports.reason, note: activityReports.note, createdAt: activityReports.createdAt })
      .from(activityReports)
      .where(eq(activityReports.reporterId, userId))
      .all(),
    // "Hoe was het?": which sign-ups got a one-time link to the three questions. The answers are not
    // here: once sent they are tied to no one (db/schema/effect.ts).
    feedbackLinksSent: signupRows.length
      ? db
          .select({ activityId: signups.activityId, sentAt: feedbackInvites.createdAt })
          .from(feedbackInvites)
          .innerJoin(signups, eq(feedbackInvites.signupId, signups.id))
          .where(inArray(feedbackInvites.signupId, signupRows.map((signup) => signup.id)))
          .all()
      : [],
    // Places to help the person took (with the host's answer, attendance and certificate), and the places they offered.
    helpTaken: db
      .select({ placeId: helpTakes.placeId, name: helpTakes.name, status: helpTakes.status, came: helpTakes.came, skills: helpTakes.skills, certificateCode: helpTakes.certificateCode, createdAt: helpTakes.createdAt })
      .from(helpTakes)
      .where(eq(helpTakes.userId, userId))
      .all(),
    helpOffered: db
      .select({ placeId: helpPlaces.id, task: helpPlaces.task, hostName: helpPlaces.hostName, startsAt: helpPlaces.startsAt, createdAt: helpPlaces.createdAt })
      .from(helpPlaces)
      .where(eq(helpPlaces.hostId, userId))
      .all(),
    // The text messages to the numbers of those sign-ups that are still kept.
    textMessages: phones.length
      ? db.select({ to: smsOutbox.to, text: smsOutbox.text, createdAt: smsOutbox.createdAt, sentAt: smsOutbox.sentAt }).from(smsOutbox).where(inArray(smsOutbox.to, phones)).all()
      : [],
    staffActions: db
      .select({ action: auditLog.action, targetType: auditLog.targetType, targetId: auditLog.targetId, createdAt: auditLog.createdAt })
      .from(auditLog)
      .where(eq(auditLog.actorId, userId))
      .all(),
  };
}
