"use server";

import { getDb } from "@/db/client";
import { defineAction } from "@/lib/platform/forms/define-action";
import { changed } from "@/lib/platform/page-cache/changed";
import { clientGroups } from "@/lib/settings/queries/settings";
import { coachOf } from "../commands/access";
import { startTrajectory } from "../commands/start";
import { addNote, endTrajectory, recordReview } from "../commands/work";
import { endSchema, noteSchema, reviewSchema, startSchema } from "../schema";

// The participatiecoach's work on their own clients; each command checks that the file is theirs.

const coach = { permission: "trajectory:manage", changed: () => changed.trajectory() } as const;

/** Starts a trajectory, with the client's consent, for an existing account or a new one. */
export const startTrajectoryAction = defineAction({
  ...coach,
  schema: startSchema,
  run: ({ input, user }) => startTrajectory(getDb(), { coach: coachOf(user), data: input, clientGroups: clientGroups() }),
  redirect: ({ result }) => `/coach/${result}`,
});

/** A review with the step on the participatieladder. */
export const recordReviewAction = defineAction({
  ...coach,
  schema: reviewSchema,
  run: ({ input, user }) => recordReview(getDb(), { coach: coachOf(user), ...input }),
  message: () => "De evaluatie is opgeslagen.",
});

/** A note in the file. */
export const addNoteAction = defineAction({
  ...coach,
  schema: noteSchema,
  run: ({ input, user }) => addNote(getDb(), { coach: coachOf(user), ...input }),
  message: () => "De notitie is opgeslagen.",
});

/** Ends the trajectory with its outcome. */
export const endTrajectoryAction = defineAction({
  ...coach,
  schema: endSchema,
  run: ({ input, user }) => endTrajectory(getDb(), { coach: coachOf(user), ...input }),
  message: () => "Het traject is afgesloten.",
});
