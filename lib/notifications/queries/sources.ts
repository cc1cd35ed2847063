import { and, count, eq, gt, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { isPublicStatus, type NotificationKind } from "@/db/enums";
import type { DbOrTx } from "@/db/client";
import { activities, backings, comments, fundRequests, helpPlaces, helpTakes, initiatives, initiativeStatusChanges, initiativeUpdates, notifications, projects, users } from "@/db/schema";
import { formatActivityTime } from "@/lib/platform/format";
import { forgetRefsTo, rewriteMailsCarrying, withdrawQueuedMail } from "@/lib/platform/mail/outbox";

export type Pending = { id: number; kind: NotificationKind; eventKey: string; payload: Record<string, string>; initiativeId: number | null; projectId: number | null };

/** The name a mail uses for someone whose account is gone. */
export const FORMER_ACCOUNT_NAME = "Een oud-bewoner";

const nameOf = (tx: DbOrTx, userId: string | null) =>
  (userId ? tx.select({ name: users.displayName }).from(users).where(eq(users.id, userId)).get()?.name : undefined) ?? FORMER_ACCOUNT_NAME;

/** The parts of an event key after its kind: "help:12:abc" gives ["12", "abc"]. */
const partsOf = (eventKey: string) => eventKey.split(":").slice(1);

/**
 * What a notification says at the moment its mail is made, read from its source: the update, the
 * comment, the offer of help as they are now. Null when the source was hidden, withdrawn or
 * deleted since (or the idea left public view for its followers): then nothing about it goes out.
 * The notification row itself holds no text of others, only the idea's title and dates.
 */
export function currentPayload(tx: DbOrTx, row: Pending): Record<string, string> | null {
  if (row.kind === "project_feedback" || row.kind === "project_phase") return projectNews(tx, row);
  if (row.kind === "place_unanswered") return stillUnanswered(tx, row);
  if (row.initiativeId === null) return null;
  const idea = tx.select({ title: initiatives.title, status: initiatives.status, hiddenAt: initiatives.hiddenAt }).from(initiatives).where(eq(initiatives.id, row.initiativeId)).get();
  if (!idea) return null;
  const payload = { ...row.payload, title: idea.title };
  const [first, second] = partsOf(row.eventKey);
  const id = Number(first);
  switch (row.kind) {
    case "update": {
      if (!isPublicStatus(idea.status) || idea.hiddenAt) return null;
      const update = tx.select({ body: initiativeUpdates.body, hiddenAt: initiativeUpdates.hiddenAt }).from(initiativeUpdates).where(eq(initiativeUpdates.id, id)).get();
      return update && !update.hiddenAt ? { ...payload, body: update.body } : null;
    }
    case "comment": {
      const comment = tx.select({ body: comments.body, authorId: comments.authorId, hiddenAt: comments.hiddenAt }).from(comments).where(eq(comments.id, id)).get();
      return comment && !comment.hiddenAt && !idea.hiddenAt ? { ...payload, body: comment.body, name: nameOf(tx, comment.authorId) } : null;
    }
    case "help": {
      // A helper who was blocked since is not passed on.
      const offer = tx
        .select({ note: backings.helpNote })
        .from(backings)
        .innerJoin(users, eq(backings.userId, users.id))
        .where(and(eq(backings.initiativeId, row.initiativeId), eq(backings.userId, second ?? ""), eq(backings.helpOffered, true), isNull(users.blockedAt)))
        .get();
      return offer ? { ...payload, note: offer.note ?? "", name: nameOf(tx, second ?? null) } : null;
    }
    case "status":
      return !idea.hiddenAt && tx.select({ id: initiativeStatusChanges.id }).from(initiativeStatusChanges).where(eq(initiativeStatusChanges.id, id)).get() ? payload : null;
    case "activity_date": {
      if (!isPublicStatus(idea.status) || idea.hiddenAt) return null;
      const activity = tx
        .select({ title: activities.title, startsAt: activities.startsAt, endsAt: activities.endsAt, cancelledAt: activities.cancelledAt, initiativeId: activities.initiativeId })
        .from(activities)
        .where(eq(activities.id, id))
        .get();
      // A date that changed again has a newer notification of its own.
      if (!activity || activity.cancelledAt || activity.initiativeId !== row.initiativeId || String(activity.startsAt.getTime()) !== second) return null;
      return { ...payload, activity: activity.title, when: formatActivityTime(activity.startsAt, activity.endsAt) };
    }
    case "submitted":
    case "overdue":
      return idea.status === "ingediend" ? payload : null;
    case "money_requested":
    case "money_advised": {
      // Only while the request still waits for the step this notification asks for.
      const request = tx.select({ advisedAt: fundRequests.advisedAt, decidedAt: fundRequests.decidedAt }).from(fundRequests).where(eq(fundRequests.initiativeId, row.initiativeId)).get();
      if (!request || request.decidedAt) return null;
      return row.kind === "money_advised" || !request.advisedAt ? payload : null;
    }
    case "hidden": {
      // "hidden:comment:12:…" or "hidden:initiative:7:…": only while it is still hidden.
      const targetId = Number(second);
      if (first === "comment") return tx.select({ hiddenAt: comments.hiddenAt }).from(comments).where(eq(comments.id, targetId)).get()?.hiddenAt ? payload : null;
      return idea.hiddenAt ? payload : null;
    }
    case "threshold":
      return payload;
  }
}

/**
 * Project news: staff's words only (the points, the phase and its dates), written into the payload
 * by lib/projects; the title is read now, and a project deleted since sends nothing.
 */
function projectNews(tx: DbOrTx, row: Pending): Record<string, string> | null {
  if (row.projectId === null) return null;
  const project = tx.select({ title: projects.title }).from(projects).where(eq(projects.id, row.projectId)).get();
  return project ? { ...row.payload, title: project.title } : null;
}

/**
 * A request the host did not answer: only while the date lies ahead and requests passed on still
 * wait; the count is the one now (the host may have answered some since).
 */
function stillUnanswered(tx: DbOrTx, row: Pending): Record<string, string> | null {
  const placeId = Number(row.payload.placeId);
  const waiting = tx
    .select({ n: count() })
    .from(helpTakes)
    .innerJoin(helpPlaces, eq(helpTakes.placeId, helpPlaces.id))
    .where(and(eq(helpTakes.placeId, placeId), eq(helpTakes.status, "aangemeld"), isNotNull(helpTakes.escalatedAt), gt(helpPlaces.startsAt, new Date())))
    .get()!.n;
  return waiting > 0 ? { ...row.payload, waiting: String(waiting) } : null;
}

/** What a notification mail carries (mail_outbox.refs): the notification, its idea, its source and whom it names. */
export function refsOf(row: Pending): string[] {
  if (row.kind === "place_unanswered") return [`n:${row.id}`, `place:${row.payload.placeId}`];
  const refs = [`n:${row.id}`, row.projectId === null ? `initiative:${row.initiativeId}` : `project:${row.projectId}`];
  if (row.kind === "update" || row.kind === "comment" || row.kind === "help") refs.push(row.eventKey);
  if (row.kind === "help") refs.push(`user:${partsOf(row.eventKey)[1]}`);
  return refs;
}

/** The refs a comment notification names its author by (added when the mail is made). */
export const authorRef = (tx: DbOrTx, row: Pending): string[] => {
  if (row.kind !== "comment") return [];
  const authorId = tx.select({ authorId: comments.authorId }).from(comments).where(eq(comments.id, Number(partsOf(row.eventKey)[0]))).get()?.authorId;
  return authorId ? [`user:${authorId}`] : [];
};

/**
 * Something was hidden, withdrawn or deleted: its mails that still wait in the outbox are taken
 * back, and the notifications they carried wait again, so the next run mails the rest without it.
 */
export function recallMails(tx: DbOrTx, ref: string): void {
  const ids = withdrawQueuedMail(tx, ref)
    .flat()
    .filter((r) => r.startsWith("n:"))
    .map((r) => Number(r.slice(2)));
  if (ids.length) tx.update(notifications).set({ mailedAt: null }).where(inArray(notifications.id, ids)).run();
}

/**
 * A deleted account: mails that wait are recalled (made again without it), mails kept after
 * sending have its name and notes replaced, and notifications of its comments and offers of help
 * lose any text copied into them before this version stopped copying it.
 */
export function forgetPersonInMails(tx: DbOrTx, person: { userId: string; name: string | null; notes: string[] }): void {
  recallMails(tx, `user:${person.userId}`);
  rewriteMailsCarrying(tx, `user:${person.userId}`, [
    ...person.notes.map((note) => ({ from: note, to: "(weggehaald)" })),
    ...(person.name ? [{ from: person.name, to: FORMER_ACCOUNT_NAME }] : []),
  ]);
  forgetRefsTo(tx, person.userId);
  tx.run(sql`update notifications set payload = json_remove(payload, '$.name', '$.note', '$.body')
    where kind = 'comment' and event_key in (select 'comment:' || id from comments where author_id = ${person.userId})`);
  // The key of an offer of help names the helper's account: it keeps its row, without the id.
  tx.run(sql`update notifications set payload = json_remove(payload, '$.name', '$.note'), event_key = 'help:' || initiative_id || ':removed:' || id
    where kind = 'help' and event_key like 'help:%' and substr(event_key, -length(${person.userId}) - 1) = ${`:${person.userId}`}`);
}
