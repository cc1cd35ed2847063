"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { authorize, requireUser } from "@/lib/auth/guards";
import { limitWrite } from "@/lib/auth/write-limit";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { formValues, invalidInput, runAction, type FormState } from "@/lib/forms/action-result";
import { filledHoneypot } from "@/lib/forms/honeypot";
import { deliverMailAfterResponse } from "@/lib/mail/after-response";
import { publicPagesChanged } from "@/lib/page-cache/invalidate";
import { parseId } from "@/lib/params";
import { cancelOwnSignup, cancelSignupByToken, removeSignupDataByToken, signUp, type SignupOutcome } from "./commands";
import { atField } from "@/lib/forms/field-refusal";
import { getActivity } from "./queries";
import { signupLinkSchema, signupSchemaFor } from "./schema";
import { siteUrl } from "@/lib/site-url";

const people = (n: number) => (n === 1 ? "1 persoon" : `${n} personen`);

function outcomeMessage(outcome: SignupOutcome): string {
  const already = outcome.existing ? "U was al aangemeld met dit e-mailadres. " : "";
  const mail = outcome.existing
    ? " Afmelden of iets veranderen? Gebruik de knop in de mail die u van ons kreeg."
    : " Wij sturen u een mail met alle informatie.";
  if (outcome.status === "wachtlijst") {
    return `${already}U staat op de wachtlijst: u bent nummer ${outcome.position}. Komt er een plek vrij? Dan krijgt u een mail.${outcome.existing ? mail : ""}`;
  }
  return `${already}U bent aangemeld met ${people(outcome.partySize)}.${mail}`;
}

/**
 * After a sign-up changed (committed): the activity's public pages show the new places, the mail
 * goes out after the answer, and `page` is rendered again for the one who did it.
 */
function afterSignupChange(activityId: number, page = `/activiteiten/${activityId}`): void {
  publicPagesChanged.activity(activityId);
  deliverMailAfterResponse();
  revalidatePath(page);
}

/** Signs up for an activity, with or without an account. */
export async function signUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  // A bot filled the honeypot: it sees a friendly answer, and nothing is stored or mailed.
  if (filledHoneypot(values)) return { ok: true, message: "Dank u wel. Wij sturen u een mail met alle informatie." };
  const activityId = parseId(values.activityId ?? "");
  const result = await runAction(values, async () => {
    const user = await getCurrentUser();
    const activity = activityId ? getActivity(activityId) : null;
    if (!activity) throw new AppError("not_found", "Deze activiteit bestaat niet (meer).");
    const parsed = signupSchemaFor(activity.maxPartySize).safeParse(values);
    if (!parsed.success) return invalidInput(parsed.error, values);
    if (user) authorize(user, "activity:sign-up");
    await limitWrite("signup", parsed.data.email.toLowerCase());
    const baseUrl = siteUrl();
    // Linked to the account only when it is the account's own address: a buurtwerker who signs
    // up a neighbour with the neighbour's address does not make it their own sign-up.
    const own = user && user.email.toLowerCase() === parsed.data.email.toLowerCase();
    const attempt = atField(values, () =>
      signUp(getDb(), { ...parsed.data, activityId: activity.id, userId: own ? user.id : null, baseUrl }),
    );
    return attempt.done ? { ok: true, message: outcomeMessage(attempt.value) } : attempt.result;
  });
  if (result.ok && activityId) afterSignupChange(activityId);
  return result;
}

/** Cancels with the personal link from the mail; no account needed: the token is the proof. */
export async function cancelSignupAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  let activityId = 0;
  const result = await runAction(values, async () => {
    ({ activityId } = cancelSignupByToken(getDb(), { token: values.token ?? "", baseUrl: siteUrl() }));
    return { ok: true, message: "U bent afgemeld. Jammer dat u niet komt. U krijgt nog een mail." };
  });
  if (result.ok) afterSignupChange(activityId);
  return result;
}

/** A signed-in resident cancels one of their own sign-ups. */
export async function cancelOwnSignupAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  let activityId = 0;
  const result = await runAction(values, async () => {
    const user = await requireUser();
    const signupId = parseId(values.signupId ?? "");
    if (!signupId) throw new AppError("not_found", "Deze aanmelding bestaat niet (meer).");
    authorize(user, "activity:sign-up");
    ({ activityId } = cancelOwnSignup(getDb(), { signupId, userId: user.id, baseUrl: siteUrl() }));
    return { ok: true, message: "U bent afgemeld." };
  });
  if (result.ok) afterSignupChange(activityId, "/account");
  return result;
}

/** A guest removes their name, address, phone and notes with the personal link (cancelling first). */
export async function removeSignupDataAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = signupLinkSchema.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  let activityId = 0;
  const result = await runAction(values, async () => {
    ({ activityId } = removeSignupDataByToken(getDb(), { token: parsed.data.token, baseUrl: siteUrl() }));
    return { ok: true };
  });
  if (!result.ok) return result;
  afterSignupChange(activityId);
  redirect(`/aanmelding/${encodeURIComponent(parsed.data.token)}`);
}
