import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { projectMembers, projects } from "@/db/schema";
import type { Role } from "@/db/enums";
import { AppError } from "@/lib/platform/errors";

export type Actor = { id: string; role: Role };

/**
 * The beheerder runs every project; a projectteam member only the projects whose team they are
 * in. Anyone else, or another team's project, gets "does not exist" (nothing is told about it).
 */
export function canRunProject(tx: DbOrTx, actor: Actor, projectId: number): boolean {
  const project = tx.select({ id: projects.id }).from(projects).where(eq(projects.id, projectId)).get();
  if (!project) return false;
  if (actor.role === "beheerder") return true;
  if (actor.role !== "projectteam") return false;
  return !!tx
    .select({ p: projectMembers.projectId })
    .from(projectMembers)
    .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, actor.id)))
    .get();
}

export function assertRunsProject(tx: DbOrTx, actor: Actor, projectId: number): void {
  if (!canRunProject(tx, actor, projectId)) throw new AppError("not_found", "Dit project bestaat niet, of het is niet van uw team.");
}
