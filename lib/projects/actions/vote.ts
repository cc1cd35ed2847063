"use server";

import { getDb } from "@/db/client";
import { clientIp } from "@/lib/platform/auth/write-limit";
import { env } from "@/lib/platform/env";
import { AppError, FieldRefusal } from "@/lib/platform/errors";
import { defineAction } from "@/lib/platform/forms/define-action";
import { readMobile, smsCountriesOf } from "@/lib/platform/sms/phone";
import { requestVoteCode, voteWithAccount, voteWithCode } from "../commands/vote";
import { voteCodeRequestSchema, voteCodeSchema, voteSchema } from "../schema";
import { forgetPendingVote, keepPendingVote, pendingVote } from "../vote-cookie";

// Voting in a keuze (docs/projects.md, "Keuze"): with an account, or with a code by text message.

const chosenIn = (formData: FormData) =>
  formData
    .getAll("option")
    .filter((value): value is string => typeof value === "string" && /^\d{1,9}$/.test(value))
    .map(Number);

const done = ({ input }: { input: { projectId: number } }) => `/projecten/${input.projectId}/kiezen/klaar`;

/** A signed-in resident votes: the account is the known person. */
export const voteAction = defineAction({
  schema: voteSchema,
  permission: "project:vote",
  run: ({ input, user, formData }) => voteWithAccount(getDb(), { userId: user.id, projectId: input.projectId, optionIds: chosenIn(formData) }),
  redirect: done,
});

/** Without an account: the choice and a mobile number; a code goes to the number by text message. */
export const requestVoteCodeAction = defineAction({
  caller: "anyone",
  schema: voteCodeRequestSchema,
  run: async ({ input, formData }) => {
    const read = readMobile(input.phone, smsCountriesOf(env().smsCountries));
    if ("refused" in read) throw new FieldRefusal("phone", read.refused);
    const optionIds = chosenIn(formData);
    const { token } = requestVoteCode(getDb(), { projectId: input.projectId, optionIds, phone: read.number, ip: await clientIp() });
    await keepPendingVote(input.projectId, token, optionIds);
  },
  redirect: ({ input }) => `/projecten/${input.projectId}/kiezen/code`,
});

/** The code from the text message: the number is confirmed and the vote is counted, once. */
export const voteWithCodeAction = defineAction({
  caller: "anyone",
  schema: voteCodeSchema,
  run: async ({ input }) => {
    const pending = await pendingVote(input.projectId);
    if (!pending) throw new AppError("not_found", "Wij weten niet meer wat u koos. Kies opnieuw en vraag een nieuwe code.");
    voteWithCode(getDb(), { projectId: input.projectId, token: pending.token, code: input.code, optionIds: pending.optionIds, ip: await clientIp() });
    await forgetPendingVote(input.projectId);
  },
  redirect: done,
});
