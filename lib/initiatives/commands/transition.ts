import { and, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import type { InitiativeStatus, Role } from "@/db/enums";
import { initiatives, initiativeStatusChanges, users } from "@/db/schema";
import { recordAudit } from "@/lib/platform/audit/record";
import { can } from "@/lib/platform/auth/permissions";
import { AppError } from "@/lib/platform/errors";
import { enqueueMail } from "@/lib/platform/mail/outbox";
import { notifyStatus, notifySubmitted } from "@/lib/notifications/commands/events";
import { coachMail, transitionMail } from "../mails";
import { checkTransition, STATUS_LABELS, statusAfter, TRANSITIONS, type Transition } from "../status";
import { addWorkingDays, ANSWER_WORKING_DAYS } from "../working-days";
import { actsAsInitiator, initiatorAddress, loadInitiative } from "./shared";

export type TransitionInput = {
  actor: { id: string; role: Role };
  initiativeId: number;
  transition: Transition;
  note?: string;
  coachId?: string;
};

/** The steps that followers of an idea hear about (not a new coach, which keeps the status). */
const FOLLOWERS_TOLD: readonly Transition[] = ["start", "finish", "withdraw"];

const REFUSED_ROLE = "Dit mag u niet doen met dit idee.";
const REFUSED_STATE = "Dit kan niet meer: het idee staat nu op een andere stap. Laad de pagina opnieuw.";

/**
 * Moves an initiative one step through its lifecycle, inside the caller's transaction: checks role
 * and state, writes the status history and the audit log, and queues the mails.
 */
export function transitionIn(tx: DbOrTx, input: TransitionInput, now: Date = new Date()): InitiativeStatus {
  const initiative = loadInitiative(tx, input.initiativeId);
  const check = checkTransition(input.transition, initiative.status, {
    role: input.actor.role,
    isInitiator: actsAsInitiator(initiative, input.actor.id),
  });
  if (!check.ok) throw new AppError("forbidden", check.reason === "role" ? REFUSED_ROLE : REFUSED_STATE);
  const note = input.note?.trim() || null;
  if (TRANSITIONS[input.transition].note && !note) {
    throw new AppError("invalid", input.transition === "finish" ? "Schrijf kort wat er bereikt is." : "Schrijf een bericht voor de bewoner.");
  }

  const to = statusAfter(input.transition, initiative.status);
  const changes: Partial<typeof initiatives.$inferInsert> = { status: to, updatedAt: now };
  let coachName: string | null = null;
  if (input.transition === "submit" || input.transition === "resubmit") {
    changes.submittedAt = now;
    changes.answerDueAt = addWorkingDays(now, ANSWER_WORKING_DAYS);
  }
  if (input.transition === "publish") changes.publishedAt = now;
  if (input.transition === "finish") changes.result = note;
  if (input.transition === "assign_coach") {
    const coach = input.coachId
      ? tx.select({ id: users.id, role: users.role, name: users.displayName, email: users.email }).from(users).where(eq(users.id, input.coachId)).get()
      : undefined;
    if (!coach || !can(coach.role, "initiative:coach")) throw new AppError("invalid", "Kies een buurtwerker uit de lijst.");
    changes.coachId = coach.id;
    coachName = coach.name ?? "Een buurtwerker";
    if (coach.id !== input.actor.id) enqueueMail(tx, coachMail(coach.email, initiative));
  }

  // The status in the WHERE makes a stale second click change nothing.
  const updated = tx
    .update(initiatives)
    .set(changes)
    .where(and(eq(initiatives.id, initiative.id), eq(initiatives.status, initiative.status)))
    .run();
  if (updated.changes !== 1) throw new AppError("conflict", REFUSED_STATE);

  const changeId = tx
    .insert(initiativeStatusChanges)
    .values({
      initiativeId: initiative.id,
      fromStatus: initiative.status,
      toStatus: to,
      actorId: input.actor.id,
      note: input.transition === "assign_coach" ? `Coach: ${coachName}` : note,
      createdAt: now,
    })
    .returning({ id: initiativeStatusChanges.id })
    .get().id;
  recordAudit(tx, {
    actorId: input.actor.id,
    action: `initiative.${input.transition}`,
    targetType: "initiative",
    targetId: initiative.id,
    details: { from: initiative.status, to, note, coachId: changes.coachId },
  });

  const address = initiatorAddress(tx, initiative);
  if (address) {
    enqueueMail(tx, transitionMail(address, initiative, input.transition, { note, answerDueAt: changes.answerDueAt, coachName }));
  }
  if (changes.answerDueAt) notifySubmitted(tx, initiative, { changeId, answerDueAt: changes.answerDueAt, actorId: input.actor.id });
  if (FOLLOWERS_TOLD.includes(input.transition)) notifyStatus(tx, initiative, { id: changeId, status: to, statusLabel: STATUS_LABELS[to], actorId: input.actor.id });
  return to;
}

/** One transition in its own transaction. */
export function applyTransition(db: Db, input: TransitionInput): InitiativeStatus {
  return db.transaction((tx) => transitionIn(tx, input), { behavior: "immediate" });
}
