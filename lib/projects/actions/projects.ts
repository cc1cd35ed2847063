"use server";

import { getDb } from "@/db/client";
import { defineAction } from "@/lib/platform/forms/define-action";
import { changed } from "@/lib/platform/page-cache/changed";
import { createProject, setTeam, updateProject } from "../commands/projects";
import { projectSchema, teamSchema } from "../schema";

/** Creates a project (beheerder), or saves the changes to one (its team or the beheerder). */
export const saveProjectAction = defineAction({
  schema: projectSchema,
  permission: "project:manage",
  permissionFor: (input) => (input.projectId ? "project:manage" : "project:create"),
  run: ({ input: { projectId, ...data }, user }) => {
    if (!projectId) return { id: createProject(getDb(), { actorId: user.id, data }), surveyId: null };
    return { id: projectId, ...updateProject(getDb(), { actor: user, projectId, data }) };
  },
  // The survey's screens show whether it is open: they change with the meedenken dates.
  changed: ({ result }) => changed.project(result.id, result.surveyId),
  redirect: ({ result }) => `/beheer/projecten/${result.id}`,
});

/** Names the team: accounts with the role projectteam (beheerder only). */
export const setTeamAction = defineAction({
  schema: teamSchema,
  permission: "project:create",
  run: ({ input, user }) => setTeam(getDb(), { actorId: user.id, ...input }),
  changed: ({ input }) => changed.project(input.projectId),
  message: ({ result }) => (result === 1 ? "Het team is opgeslagen: 1 persoon." : `Het team is opgeslagen: ${result} personen.`),
});
