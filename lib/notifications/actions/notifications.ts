"use server";

import { getDb } from "@/db/client";
import { AppError } from "@/lib/platform/errors";
import { defineAction } from "@/lib/platform/forms/define-action";
import { withDoneNote } from "@/lib/platform/forms/done-notes";
import { FOLLOW_NOTES } from "../done-notes";
import { changed } from "@/lib/platform/page-cache/changed";
import { followInitiative, unfollowInitiative } from "../commands/follow";
import { savePreferences } from "../commands/preferences";
import { followSchema, preferencesSchema, unsubscribeSchema } from "../schema";
import { unsubscribeByToken } from "../commands/unsubscribe";
import { FOLLOW_LIMIT } from "../rate-limits";

const ideaPage = ({ input }: { input: { initiativeId: number } }) => changed.personal(`/initiatieven/${input.initiativeId}`);
/** Without JavaScript: back to the idea's "Volgen", with the note of `key`. */
const toFollow = (key: keyof typeof FOLLOW_NOTES) => ({ input }: { input: { initiativeId: number } }) =>
  withDoneNote(`/initiatieven/${input.initiativeId}`, key, "volgen");

/** A signed-in resident follows a published idea. */
export const followAction = defineAction({
  schema: followSchema,
  permission: "initiative:follow",
  limit: FOLLOW_LIMIT,
  run: ({ input, user }) => followInitiative(getDb(), { userId: user.id, initiativeId: input.initiativeId }),
  changed: ideaPage,
  message: () => FOLLOW_NOTES.volgen,
  redirectWithoutScript: toFollow("volgen"),
});

/** Stops following (only the own follow: the user comes from the session). */
export const unfollowAction = defineAction({
  schema: followSchema,
  permission: "initiative:follow",
  limit: FOLLOW_LIMIT,
  run: ({ input, user }) => unfollowInitiative(getDb(), { userId: user.id, initiativeId: input.initiativeId }),
  changed: ideaPage,
  message: () => FOLLOW_NOTES["niet-volgen"],
  redirectWithoutScript: toFollow("niet-volgen"),
});

/** The own notification choices on /account. */
export const savePreferencesAction = defineAction({
  schema: preferencesSchema,
  permission: "account:edit-own",
  run: ({ input, user }) => savePreferences(getDb(), { ...input, userId: user.id }),
  changed: () => changed.personal("/account"),
  message: () => "Uw keuze is bewaard.",
});

/** The unsubscribe button: no sign-in, the token from the mail is the proof (only its hash is stored). */
export const unsubscribeAction = defineAction({
  caller: "anyone",
  schema: unsubscribeSchema,
  run: ({ input }) => {
    const topic = unsubscribeByToken(getDb(), input.token);
    if (!topic) throw new AppError("not_found", "Deze afmeldlink werkt niet. Kies uw mails op uw accountpagina.");
    return topic;
  },
  message: ({ result }) => (result === "follow" ? "U krijgt geen mails meer over ideeën die u volgt." : "U krijgt geen mails meer met nieuws over uw ideeën en uw werk."),
});
