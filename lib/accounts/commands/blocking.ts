import { and, desc, eq, isNull, like } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { auditLog, comments, initiatives, mailOutbox, sessions, users, verificationTokens } from "@/db/schema";
import { enqueueMail } from "@/lib/platform/mail/outbox";
import { blockedMail } from "../mails";
import { forgetSignInCodesOf } from "@/lib/platform/auth/sign-in-codes";
import { recordAudit } from "@/lib/platform/audit/record";
import { AppError } from "@/lib/platform/errors";
import { recallMails } from "@/lib/notifications/queries/sources";
import { hideActivitiesOfBlocked } from "@/lib/activities/commands/activity-reports";

/** The reason on comments hidden because their author was blocked; unblocking shows exactly these again. */
export const HIDDEN_BY_BLOCK = "Account geblokkeerd";

type BlockInput = { actorId: string; userId: string; reason: string; now?: Date };

function loadTarget(tx: DbOrTx, userId: string) {
  const target = tx.select({ role: users.role, email: users.email, blockedAt: users.blockedAt }).from(users).where(eq(users.id, userId)).get();
  if (!target) throw new AppError("not_found", "Dit account bestaat niet (meer).");
  return target;
}

/**
 * A buurtwerker blocks an account: it is signed out everywhere, gets no sign-in link any more, and
 * its ideas and comments are hidden from others (stamped with the block's time, so unblocking
 * shows exactly these again). Its coming activities are called off and hidden for good: everyone
 * signed up is told they do not go ahead. Staff accounts cannot be blocked: a beheerder changes the role first.
 */
export function blockAccount(db: Db, input: BlockInput): void {
  const now = input.now ?? new Date();
  db.transaction(
    (tx) => {
      const target = loadTarget(tx, input.userId);
      if (input.userId === input.actorId) throw new AppError("forbidden", "U kunt uw eigen account niet blokkeren.");
      if (target.role === "buurtwerker" || target.role === "beheerder") {
        throw new AppError("forbidden", "Een medewerker kunt u niet blokkeren. Vraag de beheerder om eerst de rol te veranderen.");
      }
      if (target.blockedAt) throw new AppError("conflict", "Dit account is al geblokkeerd.");
      tx.update(users).set({ blockedAt: now, blockedReason: input.reason }).where(eq(users.id, input.userId)).run();
      tx.delete(sessions).where(eq(sessions.userId, input.userId)).run();
      tx.delete(verificationTokens).where(eq(verificationTokens.identifier, target.email)).run();
      forgetSignInCodesOf(tx, [target.email]);
      const hiddenIdeas = tx
        .update(initiatives)
        .set({ hiddenAt: now })
        .where(and(eq(initiatives.initiatorId, input.userId), isNull(initiatives.hiddenAt)))
        .returning({ id: initiatives.id })
        .all();
      const ideas = hiddenIdeas.length;
      // Mails that still wait and carry what the block hides (an idea, a comment, an offer of help) are made again without it.
      for (const idea of hiddenIdeas) recallMails(tx, `initiative:${idea.id}`);
      recallMails(tx, `user:${input.userId}`);
      const hiddenComments = tx
        .update(comments)
        .set({ hiddenAt: now, hiddenReason: HIDDEN_BY_BLOCK })
        .where(and(eq(comments.authorId, input.userId), isNull(comments.hiddenAt)))
        .run().changes;
      const activitiesOff = hideActivitiesOfBlocked(tx, input.userId, now);
      recordAudit(tx, {
        actorId: input.actorId,
        action: "user.blocked",
        targetType: "user",
        targetId: input.userId,
        details: { reason: input.reason, ideasHidden: ideas, commentsHidden: hiddenComments, activitiesCalledOff: activitiesOff.activities, signupsTold: activitiesOff.told },
      });
    },
    { behavior: "immediate" },
  );
}

/** Lifts a block: sign-in works again and what the block hid is shown again; what reports or staff hid stays hidden. */
export function unblockAccount(db: Db, input: BlockInput): void {
  db.transaction(
    (tx) => {
      const target = loadTarget(tx, input.userId);
      if (!target.blockedAt) throw new AppError("conflict", "Dit account is niet geblokkeerd.");
      tx.update(initiatives)
        .set({ hiddenAt: null })
        .where(and(eq(initiatives.initiatorId, input.userId), eq(initiatives.hiddenAt, target.blockedAt)))
        .run();
      tx.update(comments)
        .set({ hiddenAt: null, hiddenReason: null })
        .where(and(eq(comments.authorId, input.userId), eq(comments.hiddenReason, HIDDEN_BY_BLOCK)))
        .run();
      tx.update(users).set({ blockedAt: null, blockedReason: null }).where(eq(users.id, input.userId)).run();
      recordAudit(tx, { actorId: input.actorId, action: "user.unblocked", targetType: "user", targetId: input.userId, details: { reason: input.reason } });
    },
    { behavior: "immediate" },
  );
}

/**
 * A blocked person who asks a sign-in link gets one kind mail per block, at the address itself,
 * naming the buurtwerker who blocked them (else a buurtwerker of their wijk) to talk to. The page
 * answers as for anyone, so nobody learns from it that an address is blocked. True when a mail
 * was queued.
 */
export function tellBlockedOnce(db: Db, email: string): boolean {
  return db.transaction(
    (tx) => {
      const person = tx.select({ id: users.id, blockedAt: users.blockedAt, wijkId: users.wijkId }).from(users).where(eq(users.email, email.toLowerCase())).get();
      if (!person?.blockedAt) return false;
      const ref = `blocked:${person.id}:${person.blockedAt.getTime()}`;
      if (tx.select({ id: mailOutbox.id }).from(mailOutbox).where(like(mailOutbox.refs, `% ${ref} %`)).get()) return false;
      const blocker = tx
        .select({ name: users.displayName, email: users.email, role: users.role })
        .from(auditLog)
        .innerJoin(users, eq(users.id, auditLog.actorId))
        .where(and(eq(auditLog.action, "user.blocked"), eq(auditLog.targetType, "user"), eq(auditLog.targetId, person.id)))
        .orderBy(desc(auditLog.id))
        .get();
      const local = person.wijkId
        ? tx
            .select({ name: users.displayName, email: users.email })
            .from(users)
            .where(and(eq(users.role, "buurtwerker"), eq(users.wijkId, person.wijkId), isNull(users.blockedAt)))
            .get()
        : undefined;
      const contact = blocker && blocker.role === "buurtwerker" ? blocker : (local ?? blocker ?? null);
      enqueueMail(tx, { ...blockedMail(email, contact ? { name: contact.name ?? "de buurtwerker", email: contact.email } : null), refs: [ref] });
      return true;
    },
    { behavior: "immediate" },
  );
}
