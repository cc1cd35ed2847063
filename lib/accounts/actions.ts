"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { signIn, signOut } from "@/lib/auth/auth";
import { authorize, requireUser } from "@/lib/auth/guards";
import { safeReturnPath } from "@/lib/auth/return-path";
import { signInLinkDecision } from "@/lib/auth/rate-limit";
import { clientIp } from "@/lib/auth/write-limit";
import { formValues, invalidInput, refusal, runAction, type FormState } from "@/lib/forms/action-result";
import { siteUrl } from "@/lib/site-url";
import { deletePhoto } from "@/lib/initiatives/photo";
import { deliverMailAfterResponse } from "@/lib/mail/after-response";
import { filledHoneypot } from "@/lib/forms/honeypot";
import { changeRole, updateProfile } from "./commands";
import { deleteAccount } from "./deletion";
import { deleteAccountSchema, profileSchema, roleChangeSchema, signInSchema } from "./schema";
import { publicPagesChanged } from "@/lib/page-cache/invalidate";

/** Sends a one-time sign-in link, within the limits per address and per IP. */
export async function requestSignInLinkAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  // A bot filled the honeypot: it sees the usual answer, but no mail is sent.
  if (filledHoneypot(values)) redirect("/inloggen/verstuurd");
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  const email = parsed.data.email.toLowerCase();

  const decision = signInLinkDecision(getDb(), email, await clientIp());
  if (decision === "refused") {
    const message = "U heeft al vaak een link gevraagd. Kijk in uw mail, of probeer het over een uur opnieuw.";
    return refusal(message, values, { email: [message] });
  }
  // Past this address's limit: the usual answer, and no mail (see signInLinkDecision).
  if (decision === "silent") redirect("/inloggen/verstuurd");
  const result = await runAction(values, async () => {
    // Through the welcome page, so that a new account chooses a display name first.
    const redirectTo = `/account/welkom?terug=${encodeURIComponent(safeReturnPath(values.terug))}`;
    await signIn("nodemailer", { email, redirect: false, redirectTo });
    return { ok: true };
  });
  if (!result.ok) return result;
  redirect("/inloggen/verstuurd");
}

/** Saves the own display name and wijk; on first sign-in it continues where the user was going. */
export async function saveProfileAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await runAction(values, async () => {
    const user = await requireUser();
    const parsed = profileSchema.safeParse(values);
    if (!parsed.success) return invalidInput(parsed.error, values);
    authorize(user, "account:edit-own");
    updateProfile(getDb(), { userId: user.id, ...parsed.data });
    return { ok: true, message: "Opgeslagen." };
  });
  if (!result.ok) return result;
  publicPagesChanged.everything();
  revalidatePath("/", "layout");
  if (values.terug) redirect(safeReturnPath(values.terug));
  return result;
}

/** A beheerder gives someone another role. */
export async function changeRoleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await runAction(values, async () => {
    const actor = await requireUser();
    const parsed = roleChangeSchema.safeParse(values);
    if (!parsed.success) return invalidInput(parsed.error, values);
    authorize(actor, "users:manage");
    changeRole(getDb(), { actorId: actor.id, ...parsed.data });
    return { ok: true, message: "De rol is aangepast." };
  });
  if (result.ok) {
    publicPagesChanged.everything();
    revalidatePath("/beheer/gebruikers");
  }
  return result;
}

/** Deletes the own account (and only that one: the id comes from the session, never the form). */
export async function deleteOwnAccountAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  let photoPaths: string[] = [];
  const result = await runAction(values, async () => {
    const user = await requireUser();
    const parsed = deleteAccountSchema.safeParse(values);
    if (!parsed.success) return invalidInput(parsed.error, values);
    authorize(user, "account:edit-own");
    ({ photoPaths } = deleteAccount(getDb(), { userId: user.id, baseUrl: siteUrl() }));
    return { ok: true };
  });
  if (!result.ok) return result;
  await Promise.all(photoPaths.map(deletePhoto));
  deliverMailAfterResponse();
  publicPagesChanged.everything();
  revalidatePath("/", "layout");
  // The session row is already gone; this clears the cookie and leaves the account pages.
  await signOut({ redirectTo: "/tot-ziens" });
  return result;
}

/** Ends the session. Needs no check: signing out without a session changes nothing. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
