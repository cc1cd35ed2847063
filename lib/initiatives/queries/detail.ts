import "server-only";
import { and, asc, eq, isNull, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db/client";
import type { InitiativeStatus, Role } from "@/db/enums";
import { backings, comments, follows, initiativeResults, initiatives, initiativeStatusChanges, initiativeUpdatePhotos, initiativeUpdates, themes, users, wijken } from "@/db/schema";
import { can } from "@/lib/platform/auth/permissions";
import { getNumberSetting } from "@/lib/settings/queries/settings";
import { HIDDEN_BY_REPORTS } from "../commands/reports";
import { isPublicStatus } from "../status";

export type Viewer = { id: string; role: Role } | null;

export type TimelineEntry = { status: InitiativeStatus; coachChange: boolean; note: string | null; at: Date };
export type CommentView = {
  id: number;
  authorName: string;
  body: string;
  createdAt: Date;
  badge: "initiatiefnemer" | "coach" | null;
  /** The author's role, for a badge drawn from the role (never from the name). */
  authorRole: Role | null;
  /** Only on the author's own comment that reports hid: what the author is told. */
  hiddenNote: string | null;
  /** Written by the viewer. */
  mine: boolean;
};

/** What the author of an idea or comment that reports hid reads beside it. */
export const HIDDEN_NOTE = "Verborgen na meldingen. Een buurtwerker kijkt ernaar.";
export type HelperView = { name: string; note: string };

export type InitiativeDetail = {
  id: number;
  title: string;
  pitch: string;
  description: string;
  status: InitiativeStatus;
  wijkName: string;
  themeName: string;
  needs: { help: boolean; place: boolean; materials: boolean; money: boolean; moneyAmount: number | null };
  photoUrl: string | null;
  initiatorName: string;
  initiatorRole: Role | null;
  coachName: string | null;
  coachRole: Role | null;
  result: string | null;
  answerDueAt: Date | null;
  isPublic: boolean;
  hidden: boolean;
  backingCount: number;
  helperCount: number;
  paperCount: number;
  threshold: number;
  timeline: TimelineEntry[];
  comments: CommentView[];
  /** Only for the initiator and the coach; null for everyone else. */
  helpers: HelperView[] | null;
  viewer: { signedIn: boolean; isInitiator: boolean; isStaff: boolean; backed: boolean; helpOffered: boolean; following: boolean; isCoach: boolean };
};

const initiator = alias(users, "initiator");
const coach = alias(users, "coach");

/** Someone whose account is gone shows as this. */
export const FORMER_RESIDENT = "oud-bewoner";

export function photoUrl(photoPath: string | null): string | null {
  return photoPath ? `/initiatieven/foto/${photoPath}` : null;
}

type VisibilityFacts = { status: InitiativeStatus; hiddenAt: Date | null; initiatorId: string | null; onBehalfById: string | null };

/**
 * Who may see an initiative (its page and its photo): everyone when it is published and not
 * hidden; the initiator always; staff once it has been submitted.
 */
function visibilityOf(row: VisibilityFacts, viewer: Viewer) {
  const isInitiator = Boolean(viewer) && (row.initiatorId ? row.initiatorId === viewer!.id : row.onBehalfById === viewer!.id);
  const isStaff = can(viewer?.role, "initiative:moderate");
  const isPublic = isPublicStatus(row.status) && !row.hiddenAt;
  // A concept is the initiator's own draft: not even staff see it before it is submitted.
  const visible = isPublic || isInitiator || (isStaff && row.status !== "concept");
  return { isInitiator, isStaff, isPublic, visible };
}

const visibilityColumns = { status: initiatives.status, hiddenAt: initiatives.hiddenAt, initiatorId: initiatives.initiatorId, onBehalfById: initiatives.onBehalfById };

/** The idea a progress update's photo belongs to; a hidden update's photo is as private as a hidden idea's. */
function updatePhotoFacts(name: string): VisibilityFacts | undefined {
  const row = getDb()
    .select({ ...visibilityColumns, updateHiddenAt: initiativeUpdates.hiddenAt })
    .from(initiativeUpdatePhotos)
    .innerJoin(initiativeUpdates, eq(initiativeUpdatePhotos.updateId, initiativeUpdates.id))
    .innerJoin(initiatives, eq(initiativeUpdates.initiativeId, initiatives.id))
    .where(eq(initiativeUpdatePhotos.photoPath, name))
    .get();
  return row && { ...row, hiddenAt: row.hiddenAt ?? row.updateHiddenAt };
}

/** Whether this viewer may see the stored photo (the idea's own, a result or an update photo): for everyone, only for them, or not at all (also for a name that is no idea's photo). */
export function photoVisibility(name: string, viewer: Viewer): "public" | "private" | null {
  const row =
    getDb()
      .select(visibilityColumns)
      .from(initiatives)
      .where(or(eq(initiatives.photoPath, name), eq(initiatives.id, sql`(select ${initiativeResults.initiativeId} from ${initiativeResults}, json_each(${initiativeResults.photos}) where json_each.value = ${name})`)))
      .get() ?? updatePhotoFacts(name);
  if (!row) return null;
  const { isPublic, visible } = visibilityOf(row, viewer);
  return isPublic ? "public" : visible ? "private" : null;
}

/**
 * One initiative as its page shows it to this viewer, or null when the viewer may not see it:
 * the public sees published ideas that are not hidden; the initiator sees every status, staff
 * every status but concept.
 */
export function getInitiativeDetail(id: number, viewer: Viewer): InitiativeDetail | null {
  const db = getDb();
  const row = db
    .select({
      id: initiatives.id,
      title: initiatives.title,
      pitch: initiatives.pitch,
      description: initiatives.description,
      status: initiatives.status,
      wijkName: wijken.name,
      themeName: themes.name,
      needsHelp: initiatives.needsHelp,
      needsPlace: initiatives.needsPlace,
      needsMaterials: initiatives.needsMaterials,
      needsMoney: initiatives.needsMoney,
      moneyAmount: initiatives.moneyAmountEuros,
      photoPath: initiatives.photoPath,
      initiatorId: initiatives.initiatorId,
      onBehalfById: initiatives.onBehalfById,
      initiatorName: initiator.displayName,
      initiatorRole: initiator.role,
      onBehalfName: initiatives.onBehalfName,
      coachId: initiatives.coachId,
      coachName: coach.displayName,
      coachRole: coach.role,
      result: initiatives.result,
      answerDueAt: initiatives.answerDueAt,
      hiddenAt: initiatives.hiddenAt,
      backingCount: initiatives.backingCount,
      helperCount: initiatives.helperCount,
      paperCount: initiatives.paperCount,
    })
    .from(initiatives)
    .innerJoin(wijken, eq(initiatives.wijkId, wijken.id))
    .innerJoin(themes, eq(initiatives.themeId, themes.id))
    .leftJoin(initiator, eq(initiatives.initiatorId, initiator.id))
    .leftJoin(coach, eq(initiatives.coachId, coach.id))
    .where(eq(initiatives.id, id))
    .get();
  if (!row) return null;

  const { isInitiator, isStaff, isPublic, visible } = visibilityOf(row, viewer);
  if (!visible) return null;
  const isCoach = Boolean(viewer) && row.coachId === viewer!.id;
  // Messages on the timeline are for the initiator and staff; help offers for initiator and coach.
  const privileged = isInitiator || isStaff;

  const mine = viewer
    ? db
        .select({ helpOffered: backings.helpOffered })
        .from(backings)
        .where(and(eq(backings.initiativeId, id), eq(backings.userId, viewer.id)))
        .get()
    : undefined;

  return {
    id: row.id,
    title: row.title,
    pitch: row.pitch,
    description: row.description,
    status: row.status,
    wijkName: row.wijkName,
    themeName: row.themeName,
    needs: { help: row.needsHelp, place: row.needsPlace, materials: row.needsMaterials, money: row.needsMoney, moneyAmount: row.moneyAmount },
    photoUrl: photoUrl(row.photoPath),
    initiatorName: row.initiatorName ?? row.onBehalfName ?? FORMER_RESIDENT,
    initiatorRole: row.initiatorRole,
    coachName: row.coachName,
    coachRole: row.coachRole,
    result: row.result,
    answerDueAt: row.answerDueAt,
    isPublic,
    hidden: Boolean(row.hiddenAt),
    backingCount: row.backingCount,
    helperCount: row.helperCount,
    paperCount: row.paperCount,
    threshold: getNumberSetting("supportThreshold"),
    timeline: timelineOf(id, privileged),
    comments: visibleComments(id, row.initiatorId, row.coachId, viewer?.id ?? null),
    helpers: isInitiator || isCoach ? helpersOf(id) : null,
    viewer: {
      signedIn: Boolean(viewer),
      isInitiator,
      isStaff,
      isCoach,
      backed: Boolean(mine),
      helpOffered: mine?.helpOffered ?? false,
      following: Boolean(viewer) && Boolean(db.select({ one: follows.userId }).from(follows).where(and(eq(follows.userId, viewer!.id), eq(follows.initiativeId, id))).get()),
    },
  };
}

/** The status history, oldest first. Messages between buurtwerker and initiator stay private. */
function timelineOf(id: number, withNotes: boolean): TimelineEntry[] {
  return getDb()
    .select({ from: initiativeStatusChanges.fromStatus, status: initiativeStatusChanges.toStatus, note: initiativeStatusChanges.note, at: initiativeStatusChanges.createdAt })
    .from(initiativeStatusChanges)
    .where(eq(initiativeStatusChanges.initiativeId, id))
    .orderBy(asc(initiativeStatusChanges.createdAt), asc(initiativeStatusChanges.id))
    .all()
    .map((entry) => {
      const coachChange = entry.from === entry.status;
      return { status: entry.status, coachChange, note: withNotes || coachChange ? entry.note : null, at: entry.at };
    });
}

/** Comments everyone sees, and the viewer's own comment that reports hid (with a note). */
function visibleComments(id: number, initiatorId: string | null, coachId: string | null, viewerId: string | null): CommentView[] {
  const ownHiddenByReports = viewerId ? and(eq(comments.authorId, viewerId), eq(comments.hiddenReason, HIDDEN_BY_REPORTS)) : undefined;
  return getDb()
    .select({
      id: comments.id,
      authorId: comments.authorId,
      authorName: users.displayName,
      authorRole: users.role,
      body: comments.body,
      createdAt: comments.createdAt,
      hidden: sql<boolean>`${comments.hiddenAt} is not null`.mapWith(Boolean),
    })
    .from(comments)
    .leftJoin(users, eq(comments.authorId, users.id))
    .where(and(eq(comments.initiativeId, id), or(isNull(comments.hiddenAt), ownHiddenByReports)))
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .all()
    .map(({ authorId, hidden, ...comment }) => ({
      ...comment,
      hiddenNote: hidden ? HIDDEN_NOTE : null,
      authorName: comment.authorName ?? FORMER_RESIDENT,
      badge: authorId && authorId === initiatorId ? "initiatiefnemer" : authorId && authorId === coachId ? "coach" : null,
      mine: Boolean(authorId) && authorId === viewerId,
    }));
}

/** The residents who said "ik help mee", with their note: for the initiator and the coach only. */
export function helpersOf(id: number): HelperView[] {
  return getDb()
    .select({ name: users.displayName, note: backings.helpNote })
    .from(backings)
    .leftJoin(users, eq(backings.userId, users.id))
    .where(and(eq(backings.initiativeId, id), eq(backings.helpOffered, true)))
    .orderBy(asc(backings.createdAt))
    .all()
    .map((helper) => ({ name: helper.name ?? FORMER_RESIDENT, note: helper.note ?? "" }));
}
