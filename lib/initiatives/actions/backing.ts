"use server";

import { getDb } from "@/db/client";
import { defineAction } from "@/lib/platform/forms/define-action";
import { initiativeInInput } from "@/lib/platform/page-cache/changed";
import { backInitiative, offerHelp, withdrawBacking } from "../commands/backing";
import { backingSchema, helpSchema } from "../schema";
import { BACKING_LIMIT } from "../rate-limits";

const backing = { permission: "initiative:back", limit: BACKING_LIMIT, changed: initiativeInInput } as const;

/** "Steunen": once per resident; a repeat answers with the current state. */
export const backInitiativeAction = defineAction({
  ...backing,
  schema: backingSchema,
  run: ({ input, user }) => backInitiative(getDb(), { userId: user.id, initiativeId: input.initiativeId }),
  message: () => "Dank u wel! U steunt dit idee.",
});

/** Takes the own backing (and any offer of help) back. */
export const withdrawBackingAction = defineAction({
  ...backing,
  schema: backingSchema,
  run: ({ input, user }) => withdrawBacking(getDb(), { userId: user.id, initiativeId: input.initiativeId }),
  message: () => "Uw steun is weggehaald.",
});

/** "Ik help mee" with a short note that only the initiator and the coach see. */
export const offerHelpAction = defineAction({
  ...backing,
  schema: helpSchema,
  run: ({ input, user }) => offerHelp(getDb(), { ...input, userId: user.id }),
  message: () => "Dank u wel! De initiatiefnemer ziet dat u wilt helpen.",
});
