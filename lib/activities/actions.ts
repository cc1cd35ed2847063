"use server";

import { getDb } from "@/db/client";
import { AppError } from "@/lib/errors";
import { defineAction } from "@/lib/forms/define-action";
import { activityInInput, changed } from "@/lib/page-cache/changed";
import { siteUrl } from "@/lib/site-url";
import { cancelOwnSignup, cancelSignupByToken, removeSignupDataByToken, signUp, type SignupOutcome } from "./commands";
import { changeOwnPartySize, changePartySizeByToken, type PartySizeOutcome } from "./party-size";
import { getActivity } from "./queries";
import { activityRefSchema, linkPartySizeSchema, ownPartySizeSchema, ownSignupSchema, signupActionSchemaFor, signupLinkSchema } from "./schema";

const people = (n: number) => (n === 1 ? "1 persoon" : `${n} personen`);

function outcomeMessage(outcome: SignupOutcome): string {
  const already = outcome.existing ? "U was al aangemeld met dit e-mailadres. " : "";
  const mail = outcome.existing
    ? " Afmelden of iets veranderen? Gebruik de link in de mail die u van ons kreeg."
    : " Wij sturen u een mail met alle informatie.";
  if (outcome.status === "wachtlijst") {
    return `${already}U staat op de wachtlijst: u bent nummer ${outcome.position}. Komt er een plek vrij? Dan krijgt u een mail.${outcome.existing ? mail : ""}`;
  }
  return `${already}U bent aangemeld met ${people(outcome.partySize)}.${mail}`;
}

/** The sign-up schema of the activity in the form: its own maximum party size. */
function signupSchemaOf(values: Record<string, string>) {
  const ref = activityRefSchema.safeParse(values);
  const activity = ref.success ? getActivity(ref.data.activityId) : null;
  if (!activity) throw new AppError("not_found", "Deze activiteit bestaat niet (meer).");
  return signupActionSchemaFor(activity.maxPartySize);
}

/** Signs up for an activity, with or without an account. */
export const signUpAction = defineAction({
  caller: "optional",
  // A bot filled the honeypot: it sees a friendly answer, and nothing is stored or mailed.
  honeypot: () => ({ ok: true, message: "Dank u wel. Wij sturen u een mail met alle informatie." }),
  schema: signupSchemaOf,
  permission: "activity:sign-up",
  limit: { kind: "signup", who: ({ input }) => input.email.toLowerCase() },
  run: ({ input, user }) => {
    // Linked to the account only when it is the account's own address: a buurtwerker who signs
    // up a neighbour with the neighbour's address does not make it their own sign-up.
    const own = user && user.email.toLowerCase() === input.email.toLowerCase();
    return signUp(getDb(), { ...input, userId: own ? user.id : null, baseUrl: siteUrl() });
  },
  changed: activityInInput,
  message: ({ result }) => outcomeMessage(result),
});

/** Cancels with the personal link from the mail; no account needed: the token is the proof. */
export const cancelSignupAction = defineAction({
  caller: "anyone",
  schema: signupLinkSchema,
  run: ({ input }) => cancelSignupByToken(getDb(), { token: input.token, baseUrl: siteUrl() }),
  changed: ({ result }) => changed.activity(result.activityId),
  message: () => "U bent afgemeld. Jammer dat u niet komt. U krijgt nog een mail.",
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
  run: ({ input }) => removeSignupDataByToken(getDb(), { token: input.token, baseUrl: siteUrl() }),
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
