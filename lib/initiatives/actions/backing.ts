"use server";

import { getDb } from "@/db/client";
import { defineAction } from "@/lib/platform/forms/define-action";
import { withDoneNote } from "@/lib/platform/forms/done-notes";
import { initiativeInInput } from "@/lib/platform/page-cache/changed";
import { backInitiative, offerHelp, withdrawBacking } from "../commands/backing";
import { SUPPORT_NOTES } from "../done-notes";
import { backingSchema, helpSchema } from "../schema";
import { BACKING_LIMIT } from "../rate-limits";

const backing = { permission: "initiative:back", limit: BACKING_LIMIT, changed: initiativeInInput } as const;
/** Without JavaScript: back to the idea's support, with the note of `key`. */
const toSupport = (key: keyof typeof SUPPORT_NOTES) => ({ input }: { input: { initiativeId: number } }) =>
  withDoneNote(`/initiatieven/${input.initiativeId}`, key, "steun");

/** "Steunen": once per resident; a repeat answers with the current state. */
export const backInitiativeAction = defineAction({
  ...backing,
  schema: backingSchema,
  run: ({ input, user }) => backInitiative(getDb(), { userId: user.id, initiativeId: input.initiativeId }),
  message: () => SUPPORT_NOTES.steun,
  redirectWithoutScript: toSupport("steun"),
});

/** Takes the own backing (and any offer of help) back. */
export const withdrawBackingAction = defineAction({
  ...backing,
  schema: backingSchema,
  run: ({ input, user }) => withdrawBacking(getDb(), { userId: user.id, initiativeId: input.initiativeId }),
  message: () => SUPPORT_NOTES["steun-weg"],
  redirectWithoutScript: toSupport("steun-weg"),
});

/** "Ik help mee" with a short note that only the initiator and the coach see. */
export const offerHelpAction = defineAction({
  ...backing,
  schema: helpSchema,
  run: ({ input, user }) => offerHelp(getDb(), { ...input, userId: user.id }),
  message: () => SUPPORT_NOTES.hulp,
  redirectWithoutScript: toSupport("hulp"),
});
