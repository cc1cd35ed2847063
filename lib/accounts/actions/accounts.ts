"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { signIn, signOut } from "@/lib/platform/auth/auth";
import { ROLE_LABELS } from "@/lib/platform/auth/permissions";
import { safeReturnPath } from "@/lib/platform/auth/return-path";
import { rememberSignInAddress } from "@/lib/platform/auth/sign-in-address";
import { signInLinkDecision } from "@/lib/platform/auth/sign-in-limits";
import { redeemSignInCode, type SignInCodeOutcome } from "@/lib/platform/auth/sign-in-codes";
import { clientIp } from "@/lib/platform/auth/write-limit";
import { FieldRefusal } from "@/lib/platform/errors";
import { defineAction } from "@/lib/platform/forms/define-action";
import { changed } from "@/lib/platform/page-cache/changed";
import { siteUrl } from "@/lib/platform/site-url";
import { changeRole, updateProfile } from "../commands/accounts";
import { deleteAccount, removeFilesOfDeletion } from "../commands/deletion";
import { blockAccount, tellBlockedOnce, unblockAccount } from "../commands/blocking";
import { STAFF_NAME_MESSAGE } from "../display-name";
import { signInAllowed } from "@/lib/platform/auth/users";
import { copiesStaffName } from "../queries/accounts";
import { blockSchema, deleteAccountSchema, profileSchema, roleChangeSchema, signInCodeSchema, signInSchema } from "../schema";

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
    // The page after asking takes the code without the address typed again (same answer for everyone).
    await rememberSignInAddress(email);
    // Past this address's limit: the usual answer, and no mail (see signInLinkDecision).
    if (decision === "silent") return;
    // A blocked account gets the usual answer and no link: the form tells no one who is blocked.
    // The person is told once, by a mail to the address itself, with whom to talk.
    if (!signInAllowed(email)) {
      tellBlockedOnce(getDb(), email);
      return;
    }
    // Through the welcome page, so that a new account chooses a display name first. Without a page
    // to return to, the welcome page sends each role to its own work.
    const redirectTo = values.terug ? `/account/welkom?terug=${encodeURIComponent(safeReturnPath(values.terug))}` : "/account/welkom";
    await signIn("nodemailer", { email, redirect: false, redirectTo });
  },
  redirect: () => SENT,
});

/**
 * One answer for every failed code (wrong, dead, too old, no code asked, blocked account), so the
 * form tells no one who asked a link or who is blocked. Only a connection past its own limit is
 * told so.
 */
const CODE_REFUSALS: Record<Exclude<SignInCodeOutcome, { ok: true }>["reason"], string> = {
  refused: "Deze code klopt niet of werkt niet meer. Kijk de code in de nieuwste mail na. Lukt het niet? Vraag dan een nieuwe code aan.",
  limit: "U heeft het te vaak geprobeerd. Probeer het over een uur opnieuw.",
};

/**
 * Signs in with the code from the sign-in mail, on any device: a right code opens Auth.js' own
 * link, which signs in exactly as following the link would.
 */
export const signInWithCodeAction = defineAction({
  caller: "anyone",
  schema: signInCodeSchema,
  run: async ({ input }) => {
    const outcome = redeemSignInCode(getDb(), { email: input.email, code: input.code, ip: await clientIp() });
    if (!outcome.ok) throw new FieldRefusal("code", CODE_REFUSALS[outcome.reason]);
    return outcome.path;
  },
  redirect: ({ result }) => result,
});

/** Saves the own display name and wijk; on first sign-in it continues where the user was going. */
export const saveProfileAction = defineAction({
  schema: profileSchema,
  // The role words are refused by the schema; a staff member's name needs the database.
  check: ({ input, user }) => (copiesStaffName(input.displayName, user.id) ? { displayName: [STAFF_NAME_MESSAGE] } : {}),
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
  changed: ({ result }) => {
    if (result) changed.everything();
  },
  message: ({ result, input }) =>
    result ? "De rol is aangepast." : `Deze persoon is al ${ROLE_LABELS[input.role].toLowerCase()}. Er is niets veranderd.`,
});

/** A buurtwerker blocks an account, with a reason for the audit log. */
export const blockAccountAction = defineAction({
  schema: blockSchema,
  permission: "users:block",
  run: ({ input, user }) => blockAccount(getDb(), { actorId: user.id, ...input }),
  // The account's ideas and comments leave every page.
  changed: () => changed.everything(),
  message: () => "Het account is geblokkeerd. De bewoner kan niet meer inloggen.",
});

/** A buurtwerker lifts a block, with a reason for the audit log. */
export const unblockAccountAction = defineAction({
  schema: blockSchema,
  permission: "users:block",
  run: ({ input, user }) => unblockAccount(getDb(), { actorId: user.id, ...input }),
  changed: () => changed.everything(),
  message: () => "De blokkade is opgeheven. De bewoner kan weer inloggen.",
});

/** Deletes the own account (and only that one: the id comes from the session, never the form). */
export const deleteOwnAccountAction = defineAction({
  schema: deleteAccountSchema,
  permission: "account:edit-own",
  run: async ({ user }) => {
    await removeFilesOfDeletion(deleteAccount(getDb(), { userId: user.id, baseUrl: siteUrl() }));
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
