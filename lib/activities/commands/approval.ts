import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { ActivityApproval } from "@/db/enums";
import { activities, activityReports, users } from "@/db/schema";
import { recordAudit } from "@/lib/platform/audit/record";
import { AppError } from "@/lib/platform/errors";
import { enqueueMail } from "@/lib/platform/mail/outbox";
import { organizerDecisionMail, type OrganizerDecision } from "../organizer-mails";
import type { ApprovalDecision } from "../schema";
import { tell } from "../contact";
import { activityPausedMail } from "../mails";
import { activityPausedSms } from "../sms";
import { announceActivity } from "./organizer";
import { loadActivity } from "./places";
import { peopleToTell } from "./staff";

/** Why an activity was hidden by reports; a buurtwerker's "terugzetten" shows it again. */
export const HIDDEN_BY_REPORTS = "Gemeld door bewoners";

type Step = { from: readonly ActivityApproval[]; to: ActivityApproval; audit: string; told: OrganizerDecision };

const STEPS: Record<Exclude<ApprovalDecision, "terugzetten">, Step> = {
  goedkeuren: { from: ["wacht"], to: "goedgekeurd", audit: "activity.approved", told: "goedgekeurd" },
  afwijzen: { from: ["wacht"], to: "afgewezen", audit: "activity.refused", told: "afgewezen" },
  pauzeren: { from: ["wacht", "goedgekeurd"], to: "gepauzeerd", audit: "activity.paused", told: "gepauzeerd" },
  hervatten: { from: ["gepauzeerd"], to: "goedgekeurd", audit: "activity.resumed", told: "hervat" },
};

const NOT_NOW = "Dit kan nu niet meer: iemand anders heeft al over deze activiteit beslist. Laad de pagina opnieuw.";

/**
 * A buurtwerker decides on an activity: says yes or no to an initiator's first one (no with a
 * reason), pauses any activity (hidden, no new sign-ups, with a reason) or resumes it, or shows one
 * that reports hid again. The initiator gets a mail; followers hear of it once it first goes live.
 */
function tellSignedUp(tx: Parameters<typeof peopleToTell>[0], activity: ReturnType<typeof loadActivity>, paused: boolean): void {
  for (const person of peopleToTell(tx, activity.id)) {
    tell(tx, person, (email) => activityPausedMail(activity, { email, partySize: person.partySize }, paused), (phone) => activityPausedSms(activity, phone, paused));
  }
}

export function decideOnActivity(
  db: Db,
  input: { staffId: string; activityId: number; decision: ApprovalDecision; reason: string; baseUrl: string; now?: Date },
): void {
  const now = input.now ?? new Date();
  db.transaction(
    (tx) => {
      const row = tx
        .select({ approval: activities.approval, organizerId: activities.organizerId, hiddenAt: activities.hiddenAt, hiddenReason: activities.hiddenReason })
        .from(activities)
        .where(eq(activities.id, input.activityId))
        .get();
      if (!row) throw new AppError("not_found", "Deze activiteit bestaat niet (meer).");
      const activity = loadActivity(tx, input.activityId);
      if (activity.cancelled) throw new AppError("conflict", "Deze activiteit is afgelast.");
      if (input.decision === "terugzetten") {
        if (row.hiddenReason !== HIDDEN_BY_REPORTS) throw new AppError("conflict", NOT_NOW);
        tx.update(activities).set({ hiddenAt: null, hiddenReason: null }).where(eq(activities.id, activity.id)).run();
        tx.update(activityReports).set({ resolvedAt: now }).where(and(eq(activityReports.activityId, activity.id), isNull(activityReports.resolvedAt))).run();
        recordAudit(tx, { actorId: input.staffId, action: "activity.restored", targetType: "activity", targetId: activity.id, details: { reason: input.reason } });
        return;
      }
      const step = STEPS[input.decision];
      if (!step.from.includes(row.approval)) throw new AppError("conflict", NOT_NOW);
      tx.update(activities).set({ approval: step.to, approvalNote: input.reason || null }).where(eq(activities.id, activity.id)).run();
      if (input.decision === "goedkeuren") announceActivity(tx, activity.id, input.staffId);
      // Everyone signed up or waiting hears that it stands still, and that it goes on again.
      if (input.decision === "pauzeren" || input.decision === "hervatten") tellSignedUp(tx, activity, input.decision === "pauzeren");
      const organizer = row.organizerId
        ? tx.select({ email: users.email }).from(users).where(and(eq(users.id, row.organizerId), isNull(users.blockedAt))).get()
        : undefined;
      if (organizer) enqueueMail(tx, organizerDecisionMail(organizer.email, activity, step.told, input.reason, input.baseUrl));
      recordAudit(tx, { actorId: input.staffId, action: step.audit, targetType: "activity", targetId: activity.id, details: { reason: input.reason || undefined } });
    },
    { behavior: "immediate" },
  );
}
