"use server";

import { getDb } from "@/db/client";
import { defineAction } from "@/lib/platform/forms/define-action";
import { changed } from "@/lib/platform/page-cache/changed";
import { savePopulation } from "../commands/population";
import { populationSchema } from "../schema";

/** The beheerder's reference numbers: how many people live in each wijk per age group. */
export const savePopulationAction = defineAction({
  schema: populationSchema,
  permission: "project:create",
  run: ({ input, user }) => savePopulation(getDb(), { actorId: user.id, ...input }),
  // Only team pages show them.
  changed: () => changed.personal("/beheer/projecten", "/beheer/projecten/inwoners"),
  message: ({ input }) => `Opgeslagen: ${input.counts.length} aantallen.`,
});
