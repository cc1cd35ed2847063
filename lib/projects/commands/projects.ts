import { and, eq, inArray } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { projectMembers, projectPhases, projects, projectWijken, users, wijken } from "@/db/schema";
import { recordAudit } from "@/lib/platform/audit/record";
import { AppError, FieldRefusal } from "@/lib/platform/errors";
import { fromLocalInput } from "@/lib/platform/time";
import { setSurveyWindow, surveyOf } from "@/lib/surveys/commands/questions";
import type { ProjectData } from "../schema";
import { assertRunsProject, type Actor } from "./access";

type ProjectFields = Omit<ProjectData, "projectId">;

/** The survey of a project is open during its meedenken phase: from the first day 0:00 to the day after the last. */
export function meedenkenWindow(phases: ProjectFields["phases"]): { opensAt: Date; closesAt: Date } | null {
  const phase = phases.find((p) => p.phase === "meedenken");
  if (!phase) return null;
  const closes = fromLocalInput(`${phase.endsOn}T00:00`)!;
  return { opensAt: fromLocalInput(`${phase.startsOn}T00:00`)!, closesAt: new Date(closes.getTime() + 24 * 60 * 60 * 1000) };
}

/** Wijken and phases; returns the project's survey (whose window follows the meedenken dates), if any. */
function writeParts(tx: DbOrTx, projectId: number, data: ProjectFields): number | null {
  const known = tx.select({ id: wijken.id }).from(wijken).where(inArray(wijken.id, data.wijkIds)).all();
  if (known.length !== data.wijkIds.length) throw new FieldRefusal("wijken", "Kies de wijken uit de lijst.");
  tx.delete(projectWijken).where(eq(projectWijken.projectId, projectId)).run();
  tx.insert(projectWijken).values(data.wijkIds.map((wijkId) => ({ projectId, wijkId }))).run();
  tx.delete(projectPhases).where(eq(projectPhases.projectId, projectId)).run();
  if (data.phases.length > 0) tx.insert(projectPhases).values(data.phases.map((phase) => ({ projectId, ...phase }))).run();
  const survey = surveyOf(tx, { kind: "project", id: projectId });
  const window = meedenkenWindow(data.phases);
  if (survey && !window) throw new FieldRefusal("meedenkenStart", "Dit project heeft een vragenlijst. Die hoort bij Meedenken: geef die fase datums.");
  if (survey && window) setSurveyWindow(tx, survey, window);
  return survey;
}

const columnsOf = (data: ProjectFields) => ({ title: data.title, summary: data.summary, invitedHow: data.invitedHow, decision: data.decision });

/** A new project (beheerder only, by the permission); returns its id. */
export function createProject(db: Db, input: { actorId: string; data: ProjectFields }): number {
  return db.transaction(
    (tx) => {
      const { id } = tx.insert(projects).values({ ...columnsOf(input.data), createdById: input.actorId }).returning({ id: projects.id }).get();
      writeParts(tx, id, input.data);
      recordAudit(tx, { actorId: input.actorId, action: "project.created", targetType: "project", targetId: id, details: { title: input.data.title } });
      return id;
    },
    { behavior: "immediate" },
  );
}

/** Edits a project: its words, wijken and phases; the survey's window follows the meedenken dates. Returns the survey, if any. */
export function updateProject(db: Db, input: { actor: Actor; projectId: number; data: ProjectFields }): { surveyId: number | null } {
  return db.transaction(
    (tx) => {
      assertRunsProject(tx, input.actor, input.projectId);
      tx.update(projects).set(columnsOf(input.data)).where(eq(projects.id, input.projectId)).run();
      const surveyId = writeParts(tx, input.projectId, input.data);
      recordAudit(tx, { actorId: input.actor.id, action: "project.updated", targetType: "project", targetId: input.projectId, details: { phases: input.data.phases.map((p) => p.phase) } });
      return { surveyId };
    },
    { behavior: "immediate" },
  );
}

/** The team: only accounts with the role projectteam can be in it (the beheerder runs every project anyway). */
export function setTeam(db: Db, input: { actorId: string; projectId: number; memberIds: string[] }): number {
  return db.transaction(
    (tx) => {
      const project = tx.select({ id: projects.id }).from(projects).where(eq(projects.id, input.projectId)).get();
      if (!project) throw new AppError("not_found", "Dit project bestaat niet (meer).");
      const members = input.memberIds.length
        ? tx.select({ id: users.id }).from(users).where(and(inArray(users.id, input.memberIds), eq(users.role, "projectteam"))).all()
        : [];
      tx.delete(projectMembers).where(eq(projectMembers.projectId, input.projectId)).run();
      if (members.length > 0) tx.insert(projectMembers).values(members.map((m) => ({ projectId: input.projectId, userId: m.id }))).run();
      recordAudit(tx, { actorId: input.actorId, action: "project.team_set", targetType: "project", targetId: input.projectId, details: { members: members.map((m) => m.id) } });
      return members.length;
    },
    { behavior: "immediate" },
  );
}
