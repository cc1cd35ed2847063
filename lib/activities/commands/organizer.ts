import { and, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import type { ActivityApproval } from "@/db/enums";
import { activities, initiatives, users } from "@/db/schema";
import { recordAudit } from "@/lib/platform/audit/record";
import { AppError } from "@/lib/platform/errors";
import { enqueueMail } from "@/lib/platform/mail/outbox";
import { consumeRateLimitIn } from "@/lib/platform/rate-limit/limiter";
import { notifyActivityDate } from "@/lib/notifications/commands/events";
import { staffFor } from "@/lib/notifications/commands/notify";
import { loadInitiative } from "@/lib/initiatives/commands/shared";
import { activityLiveMail, approvalRequestMail } from "../organizer-mails";
import { organizerWeekRule } from "../rate-limits";
import type { OwnActivityData } from "../schema";
import { loadActivity } from "./places";
import { setCheckIn } from "./staff";

/** The idea statuses in which its initiator may organise activities: published and not done. */
export const ORGANIZING_STATUSES = ["zoekt_steun", "in_uitvoering"] as const;

export const NOT_YOURS = "Dit is niet uw activiteit. Alleen de initiatiefnemer van het idee kan haar beheren.";

type IdeaState = { initiatorId: string | null; status: string; hiddenAt: Date | null };

/** Why this resident may not organise activities for the idea; null when they may. */
export function organizeRefusal(idea: IdeaState, userId: string): string | null {
  if (idea.initiatorId !== userId) return "Alleen de initiatiefnemer van dit idee kan hier een activiteit voor maken.";
  if (idea.hiddenAt || !(ORGANIZING_STATUSES as readonly string[]).includes(idea.status)) {
    return "Een activiteit maken kan als uw idee steun zoekt of wordt uitgevoerd.";
  }
  return null;
}

/** The idea, if this resident may organise activities for it; refused otherwise. */
export function assertMayOrganize(tx: DbOrTx, initiativeId: number, userId: string) {
  const idea = loadInitiative(tx, initiativeId);
  const refusal = organizeRefusal(idea, userId);
  if (refusal) throw new AppError(idea.initiatorId === userId ? "conflict" : "forbidden", refusal);
  return idea;
}

/** The first-approval rule: once a buurtwerker said yes to one of their activities, the next go live at once. */
export function hasApprovedActivity(tx: DbOrTx, userId: string): boolean {
  return !!tx
    .select({ id: activities.id })
    .from(activities)
    .where(and(eq(activities.organizerId, userId), eq(activities.approval, "goedgekeurd")))
    .get();
}

/** E-mail addresses of the idea's coach, or else the buurtwerkers of its wijk (or all of them). */
export function staffAddresses(tx: DbOrTx, initiativeId: number): string[] {
  return tx
    .select({ email: users.email })
    .from(users)
    .where(sql`${users.id} in (${staffFor(initiativeId)})`)
    .all()
    .map((row) => row.email);
}

const addressOf = (tx: DbOrTx, userId: string) =>
  tx.select({ email: users.email }).from(users).where(and(eq(users.id, userId), isNull(users.blockedAt))).all().map((row) => row.email);

/** Followers hear of a new activity that is on the website. */
export function announceActivity(tx: DbOrTx, activityId: number, actorId: string) {
  const row = tx
    .select({ initiativeId: activities.initiativeId, title: activities.title, startsAt: activities.startsAt, endsAt: activities.endsAt })
    .from(activities)
    .where(eq(activities.id, activityId))
    .get();
  if (row?.initiativeId) notifyActivityDate(tx, row.initiativeId, { id: activityId, ...row, actorId });
}

/**
 * An initiator creates an activity for their own published idea. The first waits for a
 * buurtwerker's yes (the coach, or the wijk's buurtwerkers, get a mail); after one approved, the
 * next go live at once, followers are told and the coach gets a mail. At most a few a week.
 */
export function createOwnActivity(
  db: Db,
  input: { organizerId: string; data: OwnActivityData; baseUrl: string; now?: Date },
): { id: number; approval: ActivityApproval } {
  const now = input.now ?? new Date();
  return db.transaction(
    (tx) => {
      const { initiativeId, ...fields } = input.data;
      const idea = assertMayOrganize(tx, initiativeId, input.organizerId);
      if (fields.startsAt <= now) throw new AppError("invalid", "Kies een moment dat nog moet komen.");
      if (!consumeRateLimitIn(tx, [organizerWeekRule(input.organizerId)], now)) {
        throw new AppError("rate_limited", "U heeft deze week al genoeg activiteiten gemaakt. Probeer het volgende week opnieuw, of vraag uw buurtwerker.");
      }
      const approval: ActivityApproval = hasApprovedActivity(tx, input.organizerId) ? "goedgekeurd" : "wacht";
      const { wijkId } = tx.select({ wijkId: initiatives.wijkId }).from(initiatives).where(eq(initiatives.id, idea.id)).get()!;
      const { id } = tx
        .insert(activities)
        .values({
          ...fields,
          wijkId,
          signupDeadline: fields.startsAt,
          initiativeId: idea.id,
          createdById: input.organizerId,
          organizerId: input.organizerId,
          approval,
          createdAt: now,
        })
        .returning({ id: activities.id })
        .get();
      const activity = loadActivity(tx, id);
      const mail = approval === "wacht" ? approvalRequestMail : activityLiveMail;
      const to = approval === "goedgekeurd" && idea.coachId ? addressOf(tx, idea.coachId) : staffAddresses(tx, idea.id);
      for (const address of to) enqueueMail(tx, mail(address, activity, idea, input.baseUrl));
      if (approval === "goedgekeurd") announceActivity(tx, id, input.organizerId);
      recordAudit(tx, { actorId: input.organizerId, action: "activity.organized", targetType: "activity", targetId: id, details: { initiativeId: idea.id, approval } });
      return { id, approval };
    },
    { behavior: "immediate" },
  );
}

/** The activity, if this user organises it; refused otherwise (also for staff: they have their own pages). */
export function loadOwnActivity(tx: DbOrTx, activityId: number, userId: string) {
  const row = tx
    .select({ organizerId: activities.organizerId, approval: activities.approval, hiddenAt: activities.hiddenAt })
    .from(activities)
    .where(eq(activities.id, activityId))
    .get();
  if (!row) throw new AppError("not_found", "Deze activiteit bestaat niet (meer).");
  if (row.organizerId !== userId) throw new AppError("forbidden", NOT_YOURS);
  return { ...loadActivity(tx, activityId), approval: row.approval, hidden: row.hiddenAt !== null };
}

/** The organiser checks someone in on the day, from their phone; the same tick as staff's. */
export function organizerCheckIn(db: Db, input: { organizerId: string; activityId: number; signupId: number; present: boolean; now?: Date }): void {
  const activity = loadOwnActivity(db, input.activityId, input.organizerId);
  if (activity.cancelled || activity.approval !== "goedgekeurd") throw new AppError("conflict", "Deze activiteit gaat nu niet door. Inchecken kan niet.");
  setCheckIn(db, { actorId: input.organizerId, activityId: input.activityId, signupId: input.signupId, present: input.present, now: input.now });
}

/** Activities of an account that have not ended and are not called off (for a block). */
export function comingActivitiesOf(tx: DbOrTx, userId: string, now: Date): number[] {
  return tx
    .select({ id: activities.id })
    .from(activities)
    .where(and(eq(activities.organizerId, userId), gt(activities.endsAt, now), isNull(activities.cancelledAt), inArray(activities.approval, ["wacht", "goedgekeurd", "gepauzeerd"])))
    .all()
    .map((row) => row.id);
}
