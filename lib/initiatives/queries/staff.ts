import "server-only";
import { and, asc, count, desc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db/client";
import type { InitiativeStatus, ReportReason } from "@/db/enums";
import { comments, initiatives, paperBackings, reports, users, wijken } from "@/db/schema";
import { FORMER_RESIDENT } from "./detail";

export type QueueItem = {
  id: number;
  title: string;
  wijkName: string;
  submittedAt: Date | null;
  answerDueAt: Date | null;
  onBehalf: boolean;
};

/** Submitted ideas waiting for a buurtwerker, oldest first. */
export function listQueue(): QueueItem[] {
  return getDb()
    .select({
      id: initiatives.id,
      title: initiatives.title,
      wijkName: wijken.name,
      submittedAt: initiatives.submittedAt,
      answerDueAt: initiatives.answerDueAt,
      onBehalf: sql<boolean>`${initiatives.onBehalfById} is not null`.mapWith(Boolean),
    })
    .from(initiatives)
    .innerJoin(wijken, eq(initiatives.wijkId, wijken.id))
    .where(eq(initiatives.status, "ingediend"))
    .orderBy(asc(initiatives.submittedAt), asc(initiatives.id))
    .all();
}

export type RunningItem = { id: number; title: string; status: InitiativeStatus; coachName: string | null };

const coach = alias(users, "coach");

/** Ideas a buurtwerker still moves along: sent back, seeking support, in progress. */
export function listRunning(): RunningItem[] {
  return getDb()
    .select({ id: initiatives.id, title: initiatives.title, status: initiatives.status, coachName: coach.displayName })
    .from(initiatives)
    .leftJoin(coach, eq(initiatives.coachId, coach.id))
    .where(inArray(initiatives.status, ["teruggestuurd", "zoekt_steun", "in_uitvoering"]))
    .orderBy(desc(initiatives.updatedAt), desc(initiatives.id))
    .limit(200)
    .all();
}

export type ReportedItem = { initiativeId: number; title: string; commentId: number | null; openReports: number; hidden: boolean };

/** Ideas and comments with open reports, hidden ones first. */
export function listReported(): ReportedItem[] {
  const rows = getDb()
    .select({
      initiativeId: reports.initiativeId,
      title: initiatives.title,
      commentId: reports.commentId,
      openReports: count(),
      initiativeHidden: initiatives.hiddenAt,
      commentHidden: comments.hiddenAt,
    })
    .from(reports)
    .innerJoin(initiatives, eq(reports.initiativeId, initiatives.id))
    .leftJoin(comments, eq(reports.commentId, comments.id))
    .where(isNull(reports.resolvedAt))
    .groupBy(reports.initiativeId, reports.commentId)
    .all();
  return rows
    .map(({ initiativeHidden, commentHidden, ...row }) => ({ ...row, hidden: Boolean(row.commentId ? commentHidden : initiativeHidden) }))
    .sort((a, b) => Number(b.hidden) - Number(a.hidden) || b.openReports - a.openReports);
}

export type StaffComment = { id: number; authorName: string; body: string; createdAt: Date; hidden: boolean; hiddenReason: string | null; openReports: number };

export type StaffView = {
  initiatorEmail: string | null;
  onBehalf: { name: string; contact: string | null; byName: string | null } | null;
  hidden: boolean;
  openReports: { reason: ReportReason; note: string | null }[];
  comments: StaffComment[];
  paper: { count: number; names: string | null; byName: string | null; at: Date }[];
};

const initiator = alias(users, "initiator");
const registrar = alias(users, "registrar");

/** What only staff see about one idea: contact, reports, every comment, paper support. */
export function getStaffView(id: number): StaffView | null {
  const db = getDb();
  const row = db
    .select({
      initiatorEmail: initiator.email,
      onBehalfName: initiatives.onBehalfName,
      onBehalfContact: initiatives.onBehalfContact,
      onBehalfByName: registrar.displayName,
      hiddenAt: initiatives.hiddenAt,
    })
    .from(initiatives)
    .leftJoin(initiator, eq(initiatives.initiatorId, initiator.id))
    .leftJoin(registrar, eq(initiatives.onBehalfById, registrar.id))
    .where(eq(initiatives.id, id))
    .get();
  if (!row) return null;
  const openCounts = new Map(
    db
      .select({ commentId: reports.commentId, n: count() })
      .from(reports)
      .where(and(eq(reports.initiativeId, id), isNotNull(reports.commentId), isNull(reports.resolvedAt)))
      .groupBy(reports.commentId)
      .all()
      .map((r) => [r.commentId, r.n]),
  );
  return {
    initiatorEmail: row.initiatorEmail,
    onBehalf: row.onBehalfName ? { name: row.onBehalfName, contact: row.onBehalfContact, byName: row.onBehalfByName } : null,
    hidden: Boolean(row.hiddenAt),
    openReports: db
      .select({ reason: reports.reason, note: reports.note })
      .from(reports)
      .where(and(eq(reports.initiativeId, id), isNull(reports.commentId), isNull(reports.resolvedAt)))
      .all(),
    comments: db
      .select({ id: comments.id, authorName: users.displayName, body: comments.body, createdAt: comments.createdAt, hiddenAt: comments.hiddenAt, hiddenReason: comments.hiddenReason })
      .from(comments)
      .leftJoin(users, eq(comments.authorId, users.id))
      .where(eq(comments.initiativeId, id))
      .orderBy(asc(comments.createdAt), asc(comments.id))
      .all()
      .map(({ hiddenAt, ...c }) => ({ ...c, authorName: c.authorName ?? FORMER_RESIDENT, hidden: Boolean(hiddenAt), openReports: openCounts.get(c.id) ?? 0 })),
    paper: db
      .select({ count: paperBackings.count, names: paperBackings.names, byName: users.displayName, at: paperBackings.createdAt })
      .from(paperBackings)
      .leftJoin(users, eq(paperBackings.registeredById, users.id))
      .where(eq(paperBackings.initiativeId, id))
      .orderBy(asc(paperBackings.createdAt))
      .all(),
  };
}

/** Buurtwerkers who can coach an idea, for the "assign a coach" list. */
export function listCoaches(): { id: string; name: string }[] {
  return getDb()
    .select({ id: users.id, name: users.displayName, email: users.email })
    .from(users)
    .where(and(eq(users.role, "buurtwerker"), isNull(users.blockedAt)))
    .orderBy(asc(users.displayName))
    .all()
    .map((u) => ({ id: u.id, name: u.name ?? u.email }));
}
