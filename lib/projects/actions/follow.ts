"use server";

import { getDb } from "@/db/client";
import { defineAction } from "@/lib/platform/forms/define-action";
import { changed } from "@/lib/platform/page-cache/changed";
import { FOLLOW_LIMIT } from "@/lib/notifications/rate-limits";
import { setFollow } from "../commands/follow";
import { followSchema } from "../schema";

/** Follows a project, or stops: only the follower sees it. */
export const followProjectAction = defineAction({
  schema: followSchema,
  permission: "project:follow",
  limit: FOLLOW_LIMIT,
  run: ({ input, user }) => setFollow(getDb(), { userId: user.id, ...input }),
  changed: ({ input }) => changed.personal(`/projecten/${input.projectId}`, "/account"),
  message: ({ input }) => (input.follow ? "U volgt dit project. U krijgt een mail als wij vertellen wat wij met uw mening doen." : "U volgt dit project niet meer."),
});
