import { and, count, eq, gt, inArray, isNotNull, isNull, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { activities, activityMessages, activityReports, backings, initiatives, initiativeStatusChanges, reports, signups, users, verificationTokens } from "@/db/schema";
import { ownedBy } from "@/lib/activities/ownership";
import { cancelSignup } from "@/lib/activities/commands/signups";
import { forgetAddress, forgetPhoneIfUnused, removeFilesOfRemovedSignup } from "@/lib/activities/commands/removal";
import { recordAudit } from "@/lib/platform/audit/record";
import { forgetRateLimitsOf } from "@/lib/platform/rate-limit/limiter";
import { forgetVotesOf } from "@/lib/projects/commands/vote";
import { deletePhoto } from "@/lib/initiatives/photo";
import { removeOutboxFilesTo } from "@/lib/platform/mail/outbox";
import { FORMER_ACCOUNT_NAME, forgetPersonInMails } from "@/lib/notifications/queries/sources";
import { AppError } from "@/lib/platform/errors";
import { anonymiseSignups } from "@/lib/privacy/commands/anonymise";
import { forgetCoach, removeTrajectoriesOf } from "@/lib/trajectories/commands/retention";

export const LAST_ADMIN =
  "U bent de laatste beheerder. Maak eerst iemand anders beheerder. Daarna kunt u uw account verwijderen.";

export type DeletionOutcome = {
  /** Delete the mail files to this address after the commit. */
  email: string;
  /** Numbers of the person's sign-ups that nothing uses any more: delete their text message files too. */
  phones: string[];
  /** Photos of removed concepts: delete the files after the commit. */
  photoPaths: string[];
  cancelledSignups: number;
  promoted: number[];
};

/**
 * Removes an account in one transaction. Public contributions stay without a name: initiatives and
 * comments show "oud-bewoner", backings keep counting (user id set null by the foreign key).
 * Active sign-ups are cancelled (the waiting list moves up and is mailed); personal data in all
 * sign-ups is removed. Concepts (never shown to anyone) are deleted. Reports the person made go
 * with the account (foreign key cascade): content they hid stays hidden until a buurtwerker looks.
 */
export function deleteAccount(db: Db, input: { userId: string; baseUrl: string; now?: Date }): DeletionOutcome {
  const now = input.now ?? new Date();
  return db.transaction(
    (tx) => {
      const user = tx.select({ role: users.role, email: users.email, name: users.displayName }).from(users).where(eq(users.id, input.userId)).get();
      if (!user) throw new AppError("not_found", "Dit account bestaat niet (meer).");
      if (user.role === "beheerder") {
        const [others] = tx
          .select({ n: count() })
          .from(users)
          .where(and(eq(users.role, "beheerder"), ne(users.id, input.userId), isNull(users.blockedAt)))
          .all();
        if (!others?.n) throw new AppError("conflict", LAST_ADMIN);
      }

      const active = tx
        .select({ id: signups.id })
        .from(signups)
        .innerJoin(activities, eq(signups.activityId, activities.id))
        .where(and(ownedBy(input.userId), ne(signups.status, "geannuleerd"), isNull(activities.cancelledAt), gt(activities.startsAt, now)))
        .all();
      // A participation trajectory goes with the account; only its anonymous count stays.
      removeTrajectoriesOf(tx, input.userId);
      forgetCoach(tx, input.userId);
      const promoted = active.flatMap((signup) => cancelSignup(tx, signup.id, input.baseUrl, now, false).promoted);
      const owned = tx.select({ id: signups.id, email: signups.email, phone: signups.phone }).from(signups).where(ownedBy(input.userId)).all();
      anonymiseSignups(tx, owned);
      const phones = [...new Set(owned.flatMap((signup) => (signup.phone ? [signup.phone] : [])))].filter((phone) => forgetPhoneIfUnused(tx, phone));
      tx.update(signups).set({ userId: null }).where(eq(signups.userId, input.userId)).run();

      // The name and help notes also live in mails to others and in "Coach: <name>" notes.
      const notes = tx.select({ note: backings.helpNote }).from(backings).where(and(eq(backings.userId, input.userId), isNotNull(backings.helpNote))).all();
      forgetPersonInMails(tx, { userId: input.userId, name: user.name, notes: notes.map((row) => row.note!) });
      tx.update(initiativeStatusChanges)
        .set({ note: `Coach: ${FORMER_ACCOUNT_NAME}` })
        .where(and(eq(initiativeStatusChanges.note, `Coach: ${user.name ?? ""}`), inArray(initiativeStatusChanges.initiativeId, tx.select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.coachId, input.userId)))))
        .run();
      // A help note is free text that may name the person; the offer itself still counts.
      tx.update(backings).set({ helpNote: null }).where(eq(backings.userId, input.userId)).run();
      // A report stays for the review of what it hid (its reporter becomes null); its note and
      // the reporter's network go.
      tx.update(reports).set({ note: null, rangeKey: null }).where(eq(reports.reporterId, input.userId)).run();
      tx.update(activityReports).set({ note: null, rangeKey: null }).where(eq(activityReports.reporterId, input.userId)).run();
      // What an organiser sent is kept for the logbook; its text goes with them (the copies people got stay theirs).
      tx.delete(activityMessages).where(eq(activityMessages.senderId, input.userId)).run();
      const concepts = tx
        .delete(initiatives)
        .where(and(eq(initiatives.initiatorId, input.userId), eq(initiatives.status, "concept")))
        .returning({ photoPath: initiatives.photoPath })
        .all();

      const email = user.email.toLowerCase();
      forgetAddress(tx, email);
      tx.delete(verificationTokens).where(inArray(verificationTokens.identifier, [user.email, email])).run();
      forgetRateLimitsOf(tx, [input.userId]);
      forgetVotesOf(tx, input.userId);

      recordAudit(tx, {
        actorId: null,
        action: "account.deleted",
        targetType: "user",
        targetId: input.userId,
        details: { role: user.role, signupsCancelled: active.length, signupsAnonymised: owned.length, conceptsRemoved: concepts.length },
      });
      tx.delete(users).where(eq(users.id, input.userId)).run();
      return {
        email,
        phones,
        photoPaths: concepts.flatMap((c) => (c.photoPath ? [c.photoPath] : [])),
        cancelledSignups: active.length,
        promoted,
      };
    },
    { behavior: "immediate" },
  );
}

/** The files of a deleted account, outside the transaction: its concept photos, its mail and text message files. */
export async function removeFilesOfDeletion(outcome: DeletionOutcome): Promise<void> {
  await Promise.all(outcome.photoPaths.map(deletePhoto));
  await removeOutboxFilesTo(outcome.email);
  for (const phone of outcome.phones) await removeFilesOfRemovedSignup({ forgottenAddress: null, forgottenPhone: phone });
}
