import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { activities, projectActivities, projectFeedback, projectFollows, projectMembers, projectPhases, projects, projectWijken, users, wijken } from "@/db/schema";
import type { FeedbackOutcome, ProjectPhase } from "@/db/enums";
import { surveyOf } from "@/lib/surveys/commands/questions";
import { loadSurvey, surveyState, type Survey, type SurveyState } from "@/lib/surveys/queries/survey";
import { canRunProject, type Actor } from "../commands/access";
import { standOn, type Stand } from "../phases";
import { localDay } from "@/lib/platform/time";

export type Phase = { phase: ProjectPhase; startsOn: string; endsOn: string; ask: string };
export type ProjectCard = { id: number; title: string; summary: string; image: string | null; imageAlt: string; wijken: string[]; phases: Phase[]; stand: Stand };

function phasesOf(ids: number[]): Map<number, Phase[]> {
  const rows = ids.length
    ? getDb().select().from(projectPhases).where(inArray(projectPhases.projectId, ids)).orderBy(asc(projectPhases.startsOn)).all()
    : [];
  const byProject = new Map<number, Phase[]>();
  for (const row of rows) byProject.set(row.projectId, [...(byProject.get(row.projectId) ?? []), { phase: row.phase, startsOn: row.startsOn, endsOn: row.endsOn, ask: row.ask }]);
  return byProject;
}

function wijkNamesOf(ids: number[]): Map<number, string[]> {
  const rows = ids.length
    ? getDb().select({ projectId: projectWijken.projectId, name: wijken.name }).from(projectWijken).innerJoin(wijken, eq(wijken.id, projectWijken.wijkId)).where(inArray(projectWijken.projectId, ids)).orderBy(asc(wijken.name)).all()
    : [];
  const byProject = new Map<number, string[]>();
  for (const row of rows) byProject.set(row.projectId, [...(byProject.get(row.projectId) ?? []), row.name]);
  return byProject;
}

function cardsOf(rows: { id: number; title: string; summary: string; image: string | null; imageAlt: string }[], now: Date): ProjectCard[] {
  const ids = rows.map((row) => row.id);
  const phases = phasesOf(ids);
  const names = wijkNamesOf(ids);
  const today = localDay(now);
  return rows.map((row) => ({ ...row, wijken: names.get(row.id) ?? [], phases: phases.get(row.id) ?? [], stand: standOn(phases.get(row.id) ?? [], today) }));
}

/** Every project, open ones first, optionally only those of one wijk. */
export function listProjects(filter: { wijkId?: number }, now = new Date()): { open: ProjectCard[]; past: ProjectCard[] } {
  const base = getDb().select({ id: projects.id, title: projects.title, summary: projects.summary, image: projects.image, imageAlt: projects.imageAlt }).from(projects);
  const rows = filter.wijkId
    ? base.innerJoin(projectWijken, and(eq(projectWijken.projectId, projects.id), eq(projectWijken.wijkId, filter.wijkId))).orderBy(desc(projects.id)).all()
    : base.orderBy(desc(projects.id)).all();
  const cards = cardsOf(rows, now);
  return { open: cards.filter((card) => card.stand.kind !== "klaar"), past: cards.filter((card) => card.stand.kind === "klaar") };
}

export type Meeting = { id: number; title: string; address: string; startsAt: Date; endsAt: Date; cancelled: boolean };
export type FeedbackPoint = { id: number; topic: string; outcome: FeedbackOutcome; reason: string; sent: boolean };
export type ProjectDetail = ProjectCard & {
  wijkIds: number[];
  invitedHow: string;
  decision: string;
  meetings: Meeting[];
  feedback: FeedbackPoint[];
  survey: (Survey & { state: SurveyState }) | null;
};

export function getProject(id: number, now = new Date()): ProjectDetail | null {
  const db = getDb();
  const row = db.select().from(projects).where(eq(projects.id, id)).get();
  if (!row) return null;
  const [card] = cardsOf([row], now);
  const meetings = db
    .select({ id: activities.id, title: activities.title, address: activities.address, startsAt: activities.startsAt, endsAt: activities.endsAt, cancelledAt: activities.cancelledAt })
    .from(projectActivities)
    .innerJoin(activities, eq(activities.id, projectActivities.activityId))
    .where(eq(projectActivities.projectId, id))
    .orderBy(asc(activities.startsAt))
    .all()
    .map(({ cancelledAt, ...meeting }) => ({ ...meeting, cancelled: cancelledAt !== null }));
  const feedback = db
    .select({ id: projectFeedback.id, topic: projectFeedback.topic, outcome: projectFeedback.outcome, reason: projectFeedback.reason, sentAt: projectFeedback.sentAt })
    .from(projectFeedback)
    .where(eq(projectFeedback.projectId, id))
    .orderBy(asc(projectFeedback.id))
    .all()
    .map(({ sentAt, ...point }) => ({ ...point, sent: sentAt !== null }));
  const surveyId = surveyOf(db, { kind: "project", id });
  const survey = surveyId ? loadSurvey(db, surveyId) : null;
  return {
    ...card!,
    wijkIds: projectWijkIds(id),
    invitedHow: row.invitedHow,
    decision: row.decision,
    meetings,
    feedback,
    survey: survey ? { ...survey, state: surveyState(survey, now) } : null,
  };
}

/** The project, for the team that runs it (and the beheerder); null for anyone else. */
export function getProjectForTeam(actor: Actor, id: number, now = new Date()): ProjectDetail | null {
  return canRunProject(getDb(), actor, id) ? getProject(id, now) : null;
}

/** The project for entering paper answers: a buurtwerker or the beheerder for any project, a team member for their own. */
export function getProjectForPaper(actor: Actor, id: number, now = new Date()): ProjectDetail | null {
  if (actor.role === "projectteam") return getProjectForTeam(actor, id, now);
  return getProject(id, now);
}

/** The projects this person runs: all for the beheerder, their team's for a projectteam member. */
export function listTeamProjects(actor: Actor, now = new Date()): ProjectCard[] {
  const db = getDb();
  const base = db.select({ id: projects.id, title: projects.title, summary: projects.summary, image: projects.image, imageAlt: projects.imageAlt }).from(projects);
  const rows = actor.role === "beheerder"
    ? base.orderBy(desc(projects.id)).all()
    : base.innerJoin(projectMembers, and(eq(projectMembers.projectId, projects.id), eq(projectMembers.userId, actor.id))).orderBy(desc(projects.id)).all();
  return cardsOf(rows, now);
}

export function projectWijkIds(id: number): number[] {
  return getDb().select({ wijkId: projectWijken.wijkId }).from(projectWijken).where(eq(projectWijken.projectId, id)).all().map((row) => row.wijkId);
}

/** Accounts with the role projectteam, and whether each is in this project's team. */
export function teamChoices(projectId: number): { id: string; name: string; member: boolean }[] {
  const db = getDb();
  const members = new Set(db.select({ userId: projectMembers.userId }).from(projectMembers).where(eq(projectMembers.projectId, projectId)).all().map((row) => row.userId));
  return db
    .select({ id: users.id, name: users.displayName, email: users.email })
    .from(users)
    .where(eq(users.role, "projectteam"))
    .orderBy(asc(users.displayName))
    .all()
    .map((user) => ({ id: user.id, name: user.name ?? user.email, member: members.has(user.id) }));
}

export function isFollowing(userId: string, projectId: number): boolean {
  return !!getDb().select({ p: projectFollows.projectId }).from(projectFollows).where(and(eq(projectFollows.projectId, projectId), eq(projectFollows.userId, userId))).get();
}

/** Activities a meeting can be: not cancelled, not linked yet, newest first. */
export function meetingChoices(projectId: number): { id: number; name: string }[] {
  const db = getDb();
  const linked = new Set(db.select({ id: projectActivities.activityId }).from(projectActivities).where(eq(projectActivities.projectId, projectId)).all().map((row) => row.id));
  return db
    .select({ id: activities.id, title: activities.title, startsAt: activities.startsAt })
    .from(activities)
    .orderBy(desc(activities.startsAt))
    .limit(100)
    .all()
    .filter((activity) => !linked.has(activity.id))
    .map((activity) => ({ id: activity.id, name: `${activity.title} (${activity.startsAt.toLocaleDateString("nl-NL", { timeZone: "Europe/Amsterdam" })})` }));
}
