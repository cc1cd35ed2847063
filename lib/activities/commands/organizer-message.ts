import type { Db } from "@/db/client";
import { activityMessages } from "@/db/schema";
import { recordAudit } from "@/lib/platform/audit/record";
import { AppError } from "@/lib/platform/errors";
import { consumeRateLimitIn } from "@/lib/platform/rate-limit/limiter";
import { tell } from "../contact";
import { organizerMessageMail, organizerMessageSms } from "../organizer-mails";
import { organizerMessageRules } from "../rate-limits";
import { loadOwnActivity } from "./organizer";
import { peopleToTell } from "./staff";

/**
 * The organiser sends one message to everyone signed up or waiting, by mail or (without an
 * address) by text message, through the platform: they never see an address or a number. One a
 * day per activity; every message is kept with its sender and the number reached.
 */
export function sendOrganizerMessage(db: Db, input: { organizerId: string; activityId: number; body: string; now?: Date }): { reached: number } {
  const now = input.now ?? new Date();
  return db.transaction(
    (tx) => {
      const activity = loadOwnActivity(tx, input.activityId, input.organizerId);
      if (activity.cancelled || activity.approval !== "goedgekeurd" || activity.hidden || activity.endsAt <= now) {
        throw new AppError("conflict", "Een bericht sturen kan alleen voor een activiteit die nog komt en op de website staat.");
      }
      if (!consumeRateLimitIn(tx, organizerMessageRules(input.organizerId, activity.id), now)) {
        throw new AppError("rate_limited", "U heeft vandaag al een bericht gestuurd. Morgen kan het weer.");
      }
      const people = peopleToTell(tx, activity.id);
      let reached = 0;
      for (const person of people) {
        if (tell(tx, person, (email) => organizerMessageMail(email, activity, input.body), (phone) => organizerMessageSms(phone, activity, input.body))) reached++;
      }
      const { id } = tx
        .insert(activityMessages)
        .values({ activityId: activity.id, senderId: input.organizerId, body: input.body, recipients: reached, createdAt: now })
        .returning({ id: activityMessages.id })
        .get();
      recordAudit(tx, { actorId: input.organizerId, action: "activity.message_sent", targetType: "activity", targetId: activity.id, details: { messageId: id, reached } });
      return { reached };
    },
    { behavior: "immediate" },
  );
}
