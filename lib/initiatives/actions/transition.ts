"use server";

import { getDb } from "@/db/client";
import { defineAction } from "@/lib/platform/forms/define-action";
import { initiativeInInput } from "@/lib/platform/page-cache/changed";
import { applyTransition } from "../commands/transition";
import { initiatorTransitionSchema, transitionSchema } from "../schema";

/** A buurtwerker's step: publish, send back, reject, assign a coach, start or finish. */
export const staffTransitionAction = defineAction({
  schema: transitionSchema,
  permission: "initiative:moderate",
  run: ({ input, user }) => applyTransition(getDb(), { actor: user, ...input }),
  changed: initiativeInInput,
  // The form of this step is gone once the status moved on, so the page itself says what happened.
  redirect: ({ input }) => `/beheer/initiatieven/${input.initiativeId}?gedaan=${input.transition}`,
});

/** The initiator's own step: submit, resubmit or withdraw. Ownership is checked in the command. */
export const initiatorTransitionAction = defineAction({
  schema: initiatorTransitionSchema,
  permission: "initiative:propose",
  run: ({ input, user }) => applyTransition(getDb(), { actor: user, ...input }),
  changed: initiativeInInput,
  redirect: ({ input }) =>
    `/initiatieven/${input.initiativeId}?bewaard=${input.transition === "withdraw" ? "ingetrokken" : "ingestuurd"}`,
});
