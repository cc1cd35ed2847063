import { and, eq, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { DEFAULT_SETTINGS } from "@/db/reference-data";
import { initiatives, settings } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { formatActivityTime, formatDate } from "@/lib/platform/format";
import { followableIdea } from "../queries/followable";
import { beheerders, followersOf, notify, ownersOf, staffFor } from "./notify";

type Idea = { id: number; title: string };

// Payloads hold no text of others (the update, the comment, the helper's name and note): the mail
// reads those from the source when it is made (./sources.ts), so what was hidden or withdrawn since,
// or the name of an account deleted since, is not in it.

/** Followers hear of a progress update. */
export function notifyUpdate(tx: DbOrTx, idea: Idea, update: { id: number; authorId: string }, now?: Date) {
  return notify(tx, { kind: "update", eventKey: `update:${update.id}`, initiativeId: idea.id, payload: { title: idea.title }, audience: followersOf(idea.id), except: [update.authorId], now });
}

/** Followers hear that the idea started, was realised or withdrawn; the initiator has a mail of its own. */
export function notifyStatus(tx: DbOrTx, idea: Idea & { initiatorId: string | null }, change: { id: number; status: string; statusLabel: string; actorId: string }) {
  return notify(tx, {
    kind: "status",
    eventKey: `status:${change.id}`,
    initiativeId: idea.id,
    payload: { title: idea.title, status: change.status, statusLabel: change.statusLabel },
    audience: followersOf(idea.id),
    except: [change.actorId, idea.initiatorId],
  });
}

/** The initiator and the coach hear of an offer of help, with its note (once per helper). */
export function notifyHelp(tx: DbOrTx, idea: Idea, helper: { userId: string }) {
  return notify(tx, { kind: "help", eventKey: `help:${idea.id}:${helper.userId}`, initiativeId: idea.id, payload: { title: idea.title }, audience: ownersOf(idea.id), except: [helper.userId] });
}

/** The initiator and the coach hear of a new comment. */
export function notifyComment(tx: DbOrTx, idea: Idea, comment: { id: number; authorId: string }) {
  return notify(tx, { kind: "comment", eventKey: `comment:${comment.id}`, initiativeId: idea.id, payload: { title: idea.title }, audience: ownersOf(idea.id), except: [comment.authorId] });
}

/** The initiator and the coach hear once that the support threshold is reached. */
export function notifyThresholdIfReached(tx: DbOrTx, initiativeId: number) {
  const row = tx
    .select({ title: initiatives.title, support: sql<number>`${initiatives.backingCount} + ${initiatives.paperCount}` })
    .from(initiatives)
    .where(eq(initiatives.id, initiativeId))
    .get();
  const setting = tx.select({ value: settings.value }).from(settings).where(eq(settings.key, "supportThreshold")).get();
  const threshold = Number(setting?.value ?? DEFAULT_SETTINGS.supportThreshold);
  if (!row || row.support < threshold) return 0;
  return notify(tx, { kind: "threshold", eventKey: `threshold:${initiativeId}`, initiativeId, payload: { title: row.title, count: String(row.support) }, audience: ownersOf(initiativeId) });
}

/** Buurtwerkers hear of a newly submitted idea. */
export function notifySubmitted(tx: DbOrTx, idea: Idea, submission: { changeId: number; answerDueAt: Date; actorId: string }) {
  return notify(tx, { kind: "submitted", eventKey: `submitted:${submission.changeId}`, initiativeId: idea.id, payload: { title: idea.title, due: formatDate(submission.answerDueAt) }, audience: staffFor(idea.id), except: [submission.actorId] });
}

/** The coach and the buurtwerkers of the idea hear of a money request sent, with the date of the promised advice. */
export function notifyMoneyRequested(tx: DbOrTx, idea: Idea, request: { adviceDueAt: Date; actorId: string; now: Date }) {
  return notify(tx, { kind: "money_requested", eventKey: `money-requested:${idea.id}:${request.now.getTime()}`, initiativeId: idea.id, payload: { title: idea.title, due: formatDate(request.adviceDueAt) }, audience: staffFor(idea.id), except: [request.actorId], now: request.now });
}

/** The beheerders hear that a money request was advised on, with the date the initiator was promised a decision. */
export function notifyMoneyAdvised(tx: DbOrTx, idea: Idea, advice: { decisionDueAt: Date; actorId: string; now: Date }) {
  return notify(tx, { kind: "money_advised", eventKey: `money-advised:${idea.id}:${advice.now.getTime()}`, initiativeId: idea.id, payload: { title: idea.title, due: formatDate(advice.decisionDueAt) }, audience: beheerders(), except: [advice.actorId], now: advice.now });
}

/** Buurtwerkers hear that reports hid an idea or a comment. */
export function notifyHidden(tx: DbOrTx, idea: Idea, hidden: { what: "het idee" | "een reactie" | "een activiteit"; key: string }) {
  return notify(tx, { kind: "hidden", eventKey: `hidden:${hidden.key}`, initiativeId: idea.id, payload: { title: idea.title, what: hidden.what }, audience: staffFor(idea.id) });
}

/** Followers of a published idea hear of a new date for one of its activities. */
export function notifyActivityDate(tx: DbOrTx, initiativeId: number, activity: { id: number; title: string; startsAt: Date; endsAt: Date; actorId: string }) {
  const idea = followableIdea(tx, initiativeId);
  if (!idea) return 0;
  return notify(tx, {
    kind: "activity_date",
    eventKey: `activity-date:${activity.id}:${activity.startsAt.getTime()}`,
    initiativeId: idea.id,
    payload: { title: idea.title, activity: activity.title, when: formatActivityTime(activity.startsAt, activity.endsAt) },
    audience: followersOf(idea.id),
    except: [activity.actorId],
  });
}

/** The scheduler's hourly check: buurtwerkers hear of every submitted idea past its answer date, once per promise. */
export function alertOverdueAnswers(db: Db, now = new Date()): number {
  return db.transaction(
    (tx) => {
      const overdue = tx
        .select({ id: initiatives.id, title: initiatives.title, answerDueAt: initiatives.answerDueAt })
        .from(initiatives)
        .where(and(eq(initiatives.status, "ingediend"), lt(initiatives.answerDueAt, now)))
        .all();
      let told = 0;
      for (const idea of overdue) {
        told += notify(tx, { kind: "overdue", eventKey: `overdue:${idea.id}:${idea.answerDueAt!.getTime()}`, initiativeId: idea.id, payload: { title: idea.title, due: formatDate(idea.answerDueAt!) }, audience: staffFor(idea.id), now });
      }
      return told;
    },
    { behavior: "immediate" },
  );
}
