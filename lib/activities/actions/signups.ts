"use server";

import { getDb } from "@/db/client";
import { defineAction } from "@/lib/platform/forms/define-action";
import { withDoneNote } from "@/lib/platform/forms/done-notes";
import { activityInInput, changed } from "@/lib/platform/page-cache/changed";
import { siteUrl } from "@/lib/platform/site-url";
import { clientIp } from "@/lib/platform/auth/write-limit";
import type { SessionUser } from "@/lib/platform/auth/users";
import { cancelOwnSignup, cancelSignupByToken, signUp } from "../commands/signups";
import { removeFilesOfRemovedSignup, removeSignupDataByToken } from "../commands/removal";
import { changeOwnPartySize, changePartySizeByToken, type PartySizeOutcome } from "../commands/party-size";
import { maxPartySizeInForm } from "../queries/form-activity";
import { cancelSignupByCode } from "../commands/code-cancel";
import { cancelCodeSchema, linkPartySizeSchema, ownPartySizeSchema, ownSignupSchema, signupActionSchemaFor, signupLinkSchema } from "../schema";
import { SIGNUP_MAIL_SENT, signupAnswer } from "../signup-answer";

const people = (n: number) => (n === 1 ? "1 persoon" : `${n} personen`);

const ownAddress = (user: SessionUser | null, email: string) => !!user && user.email.toLowerCase() === email.toLowerCase();

/** Signs up for an activity, with or without an account. */
export const signUpAction = defineAction({
  caller: "optional",
  // A bot filled the honeypot: it sees a friendly answer, and nothing is stored or mailed.
  honeypot: () => ({ ok: true, message: SIGNUP_MAIL_SENT }),
  schema: (values: Record<string, string>) => signupActionSchemaFor(maxPartySizeInForm(values)),
  permission: "activity:sign-up",
  // The hourly limits are counted by the command: a repeat of an existing sign-up must not use up
  // the address's sign-ups (see repeatSignupRules).
  run: async ({ input, user }) => {
    // Linked to the account only when it is the account's own address: a buurtwerker who signs
    // up a neighbour with the neighbour's address does not make it their own sign-up.
    const userId = ownAddress(user, input.email) ? user!.id : null;
    return signUp(getDb(), { ...input, userId, baseUrl: siteUrl(), limit: { ip: await clientIp() } });
  },
  changed: activityInInput,
  message: ({ result, input, user }) => signupAnswer(result, ownAddress(user, input.email), input),
  // Without JavaScript: back to the activity. A resident's own sign-up is shown there from the
  // database; anyone else gets the fixed answer in the address (it says nothing of the person).
  redirectWithoutScript: ({ input, user }) =>
    ownAddress(user, input.email)
      ? `/activiteiten/${input.activityId}#aanmelden`
      : withDoneNote(`/activiteiten/${input.activityId}`, input.email ? "aanmelding-mail" : "aanmelding-sms", "aanmelden"),
});

/** Cancels with the personal link from the mail; no account needed: the token is the proof. */
export const cancelSignupAction = defineAction({
  caller: "anyone",
  schema: signupLinkSchema,
  run: ({ input }) => cancelSignupByToken(getDb(), { token: input.token, baseUrl: siteUrl() }),
  changed: ({ result }) => changed.activity(result.activityId),
  message: () => "U bent afgemeld. Jammer dat u niet komt. U krijgt nog een bericht.",
});

/** Cancels with the number and the code from the text message; the code is the proof, its tries are limited. */
export const cancelSignupByCodeAction = defineAction({
  caller: "anyone",
  schema: cancelCodeSchema,
  run: async ({ input }) => cancelSignupByCode(getDb(), { phone: input.phone, code: input.code, baseUrl: siteUrl(), ip: await clientIp() }),
  changed: ({ result }) => changed.activity(result.activityId),
  message: ({ result }) => `U bent afgemeld voor ${result.title}. Jammer dat u niet komt. U krijgt nog een sms.`,
});

/** A signed-in resident cancels one of their own sign-ups. */
export const cancelOwnSignupAction = defineAction({
  schema: ownSignupSchema,
  permission: "activity:sign-up",
  run: ({ input, user }) => cancelOwnSignup(getDb(), { signupId: input.signupId, userId: user.id, baseUrl: siteUrl() }),
  changed: ({ result }) => changed.activity(result.activityId),
  message: () => "U bent afgemeld.",
});

/** A guest removes their name, address, phone and notes with the personal link (cancelling first). */
export const removeSignupDataAction = defineAction({
  caller: "anyone",
  schema: signupLinkSchema,
  run: async ({ input }) => {
    const outcome = removeSignupDataByToken(getDb(), { token: input.token, baseUrl: siteUrl() });
    await removeFilesOfRemovedSignup(outcome);
    return outcome;
  },
  changed: ({ result }) => changed.activity(result.activityId),
  redirect: ({ input }) => `/aanmelding/${encodeURIComponent(input.token)}`,
});

function partySizeMessage(outcome: PartySizeOutcome): string {
  return outcome.changed ? `Opgeslagen: u komt nu met ${people(outcome.partySize)}.` : `U stond al op ${people(outcome.partySize)}. Er is niets veranderd.`;
}

/** Changes the number of people with the personal link from the mail; the token is the proof. */
export const changePartySizeByLinkAction = defineAction({
  caller: "anyone",
  schema: linkPartySizeSchema,
  run: ({ input }) => changePartySizeByToken(getDb(), { token: input.token, partySize: input.partySize, baseUrl: siteUrl() }),
  changed: ({ result }) => changed.activity(result.activityId),
  message: ({ result }) => partySizeMessage(result),
});

/** A signed-in resident changes the number of people of one of their own sign-ups. */
export const changeOwnPartySizeAction = defineAction({
  schema: ownPartySizeSchema,
  permission: "activity:sign-up",
  run: ({ input, user }) => changeOwnPartySize(getDb(), { signupId: input.signupId, userId: user.id, partySize: input.partySize, baseUrl: siteUrl() }),
  changed: ({ result }) => changed.activity(result.activityId),
  message: ({ result }) => partySizeMessage(result),
});
