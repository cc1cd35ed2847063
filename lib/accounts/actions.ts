"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { signIn, signOut } from "@/lib/auth/auth";
import { safeReturnPath } from "@/lib/auth/return-path";
import { signInLinkDecision } from "@/lib/auth/rate-limit";
import { clientIp } from "@/lib/auth/write-limit";
import { FieldRefusal } from "@/lib/errors";
import { defineAction } from "@/lib/forms/define-action";
import { deletePhoto } from "@/lib/initiatives/photo";
import { changed } from "@/lib/page-cache/changed";
import { siteUrl } from "@/lib/site-url";
import { changeRole, updateProfile } from "./commands";
import { deleteAccount } from "./deletion";
import { deleteAccountSchema, profileSchema, roleChangeSchema, signInSchema } from "./schema";

const SENT = "/inloggen/verstuurd";

/** Sends a one-time sign-in link, within the limits per address and per IP. */
export const requestSignInLinkAction = defineAction({
  caller: "anyone",
  // A bot filled the honeypot: it sees the usual answer, but no mail is sent.
  honeypot: () => redirect(SENT),
  schema: signInSchema,
  run: async ({ input, values }) => {
    const email = input.email.toLowerCase();
    const decision = signInLinkDecision(getDb(), email, await clientIp());
    if (decision === "refused") {
      throw new FieldRefusal("email", "U heeft al vaak een link gevraagd. Kijk in uw mail, of probeer het over een uur opnieuw.");
    }
    // Past this address's limit: the usual answer, and no mail (see signInLinkDecision).
    if (decision === "silent") return;
    // Through the welcome page, so that a new account chooses a display name first.
    const redirectTo = `/account/welkom?terug=${encodeURIComponent(safeReturnPath(values.terug))}`;
    await signIn("nodemailer", { email, redirect: false, redirectTo });
  },
  redirect: () => SENT,
});

/** Saves the own display name and wijk; on first sign-in it continues where the user was going. */
export const saveProfileAction = defineAction({
  schema: profileSchema,
  permission: "account:edit-own",
  run: ({ input, user }) => updateProfile(getDb(), { userId: user.id, ...input }),
  // The name shows on many pages.
  changed: () => changed.everything(),
  message: () => "Opgeslagen.",
  redirect: ({ values }) => (values.terug ? safeReturnPath(values.terug) : null),
});

/** A beheerder gives someone another role. */
export const changeRoleAction = defineAction({
  schema: roleChangeSchema,
  permission: "users:manage",
  run: ({ input, user }) => changeRole(getDb(), { actorId: user.id, ...input }),
  changed: () => changed.everything(),
  message: () => "De rol is aangepast.",
});

/** Deletes the own account (and only that one: the id comes from the session, never the form). */
export const deleteOwnAccountAction = defineAction({
  schema: deleteAccountSchema,
  permission: "account:edit-own",
  run: async ({ user }) => {
    const { photoPaths } = deleteAccount(getDb(), { userId: user.id, baseUrl: siteUrl() });
    await Promise.all(photoPaths.map(deletePhoto));
    // The session row is already gone; this clears the cookie.
    await signOut({ redirect: false });
  },
  changed: () => changed.everything(),
  redirect: () => "/tot-ziens",
});

/** Ends the session. Needs no check: signing out without a session changes nothing. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
