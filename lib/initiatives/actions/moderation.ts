"use server";

import { getDb } from "@/db/client";
import { clientIp } from "@/lib/platform/auth/write-limit";
import { AppError } from "@/lib/platform/errors";
import { defineAction } from "@/lib/platform/forms/define-action";
import { initiativeInInput } from "@/lib/platform/page-cache/changed";
import { ipRangeKey } from "@/lib/platform/security/ip-range";
import { addComment } from "../commands/comments";
import { registerPaperSupport } from "../commands/paper";
import { reportContent, reviewContent } from "../commands/reports";
import { commentSchema, paperSupportSchema, reportSchema, reviewSchema } from "../schema";

/** A signed-in resident reacts on a published idea. */
export const addCommentAction = defineAction({
  schema: commentSchema,
  permission: "initiative:comment",
  limit: "comment",
  run: ({ input, user }) => {
    if (!user.displayName) throw new AppError("invalid", "Kies eerst een naam op uw accountpagina. Die naam staat bij uw reactie.");
    return addComment(getDb(), { userId: user.id, ...input });
  },
  changed: initiativeInInput,
  // To the new comment, which says it is there and takes the focus (see CommentSection).
  redirect: ({ input, result }) => `/initiatieven/${input.initiativeId}?reactie=${result}#reactie-${result}`,
});

/** Reports an idea or a comment, once per resident. A hidden idea has no page any more: the list says so. */
export const reportAction = defineAction({
  schema: reportSchema,
  permission: "initiative:report",
  limit: "report",
  run: async ({ input, user }) => reportContent(getDb(), { reporterId: user.id, ...input, rangeKey: ipRangeKey(await clientIp()) }),
  changed: initiativeInInput,
  message: ({ result }) =>
    result.alreadyReported
      ? "U had dit al gemeld. Een buurtwerker kijkt ernaar."
      : "Dank u wel voor uw melding. Een buurtwerker kijkt ernaar.",
  // Hidden content leaves the page, and its form with it: the page the reporter lands on thanks them.
  redirect: ({ input, result }) => {
    if (!result.hidden) return null;
    return input.commentId ? `/initiatieven/${input.initiativeId}?gemeld=reactie#reacties` : "/initiatieven?gemeld=1";
  },
});

/** A buurtwerker restores or hides an idea or comment, with a reason for the audit log. */
export const reviewAction = defineAction({
  schema: reviewSchema,
  permission: (input) => (input.commentId ? "comment:moderate" : "initiative:moderate"),
  run: ({ input, user }) => reviewContent(getDb(), { staffId: user.id, ...input }),
  changed: initiativeInInput,
  // The form may be gone after the decision, so the page itself says what happened.
  redirect: ({ input }) =>
    `/beheer/initiatieven/${input.initiativeId}?beoordeeld=${input.decision === "hide" ? "verborgen" : "zichtbaar"}`,
});

/** A buurtwerker registers support collected on paper. */
export const registerPaperSupportAction = defineAction({
  schema: paperSupportSchema,
  permission: "initiative:act-on-behalf",
  run: ({ input, user }) => registerPaperSupport(getDb(), { staffId: user.id, ...input }),
  changed: initiativeInInput,
  message: ({ input }) => `${input.count} op papier toegevoegd.`,
});
