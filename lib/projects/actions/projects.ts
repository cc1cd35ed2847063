"use server";

import { getDb } from "@/db/client";
import { AppError } from "@/lib/platform/errors";
import { defineAction } from "@/lib/platform/forms/define-action";
import { changed } from "@/lib/platform/page-cache/changed";
import { createProject, setTeam, updateProject } from "../commands/projects";
import { projectSchema, teamSchema } from "../schema";

/** The same form makes a project and changes one; who may do which differs. */
const projectForm = {
  schema: projectSchema,
  // The survey's screens show whether it is open: they change with the meedenken dates.
  changed: ({ result }: { result: { id: number; surveyId: number | null } }) => changed.project(result.id, result.surveyId),
  redirect: ({ result }: { result: { id: number } }) => `/beheer/projecten/${result.id}`,
};

/** The beheerder makes a project. */
export const createProjectAction = defineAction({
  ...projectForm,
  permission: "project:create",
  run: ({ input, user }) => ({ id: createProject(getDb(), { actorId: user.id, data: input }), surveyId: null }),
});

/** Its team (membership checked in the command) or the beheerder saves the changes to a project. */
export const updateProjectAction = defineAction({
  ...projectForm,
  permission: "project:manage",
  run: ({ input: { projectId, ...data }, user }) => {
    if (!projectId) throw new AppError("not_found", "Dit project bestaat niet.");
    return { id: projectId, ...updateProject(getDb(), { actor: user, projectId, data }) };
  },
});

/** Names the team: accounts with the role projectteam (beheerder only). */
export const setTeamAction = defineAction({
  schema: teamSchema,
  permission: "project:create",
  run: ({ input, user }) => setTeam(getDb(), { actorId: user.id, ...input }),
  changed: ({ input }) => changed.project(input.projectId),
  message: ({ result }) => (result === 1 ? "Het team is opgeslagen: 1 persoon." : `Het team is opgeslagen: ${result} personen.`),
});
