import { and, eq, gte, isNull, lte, ne, notInArray } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { activities, feedbackInvites, signups, surveys, users } from "@/db/schema";
import { enqueueMail } from "@/lib/platform/mail/outbox";
import { enqueueSms } from "@/lib/platform/sms/outbox";
import { isAnonymousKey, WIPED_NAME } from "@/lib/privacy/commands/anonymise";
import { issueSurveyLink, surveyLinkUrl } from "@/lib/surveys/commands/links";
import { appendQuestion, createSurvey } from "@/lib/surveys/commands/questions";
import { howWasItMail } from "../mails";
import { FEEDBACK_QUESTIONS } from "../questions";
import { feedbackSms } from "../sms";
import { localDay } from "@/lib/platform/time";

const DAY_MS = 24 * 60 * 60 * 1000;
/** The three questions can be answered from the start of the activity until two weeks after its end. */
export const FEEDBACK_OPEN_DAYS = 14;
/** "Hoe was het?" goes out the day after; a job that was down longer does not send it weeks late. */
const SEND_WITHIN_DAYS = 3;

/**
 * Every activity that starts within a day or ran in the last two weeks gets its survey of three
 * questions, so the QR card can be printed before the day and handed out at the end.
 */
export function ensureFeedbackSurveys(tx: DbOrTx, now: Date): void {
  const owned = tx.select({ id: surveys.ownerId }).from(surveys).where(eq(surveys.ownerKind, "activity"));
  const due = tx
    .select({ id: activities.id, title: activities.title, startsAt: activities.startsAt, endsAt: activities.endsAt })
    .from(activities)
    .where(
      and(
        lte(activities.startsAt, new Date(now.getTime() + DAY_MS)),
        gte(activities.endsAt, new Date(now.getTime() - FEEDBACK_OPEN_DAYS * DAY_MS)),
        isNull(activities.cancelledAt),
        notInArray(activities.id, owned),
      ),
    )
    .all();
  for (const activity of due) {
    const surveyId = createSurvey(tx, { kind: "activity", id: activity.id }, {
      title: activity.title,
      opensAt: activity.startsAt,
      closesAt: new Date(activity.endsAt.getTime() + FEEDBACK_OPEN_DAYS * DAY_MS),
      asksProfile: false,
    });
    for (const question of FEEDBACK_QUESTIONS) appendQuestion(tx, surveyId, question);
  }
}

/**
 * The day after an activity, one "Hoe was het?" with a personal one-time link to everyone who came
 * or signed up and left an address or a number: by mail, else by text message. Once per sign-up
 * (feedback_invites, primary key). Not to wiped guests or blocked accounts, not for a cancelled
 * activity. Returns how many were sent.
 */
export function sendFeedbackInvites(db: Db, input: { now?: Date; baseUrl: string }): number {
  const now = input.now ?? new Date();
  return db.transaction(
    (tx) => {
      ensureFeedbackSurveys(tx, now);
      const invited = tx.select({ id: feedbackInvites.signupId }).from(feedbackInvites);
      const due = tx
        .select({ signupId: signups.id, email: signups.email, phone: signups.phone, checkedIn: signups.checkedInAt, walkIn: signups.isWalkIn, endsAt: activities.endsAt, title: activities.title, surveyId: surveys.id })
        .from(signups)
        .innerJoin(activities, eq(signups.activityId, activities.id))
        .innerJoin(surveys, and(eq(surveys.ownerKind, "activity"), eq(surveys.ownerId, activities.id)))
        .leftJoin(users, eq(signups.userId, users.id))
        .where(
          and(
            lte(activities.endsAt, now),
            gte(activities.endsAt, new Date(now.getTime() - SEND_WITHIN_DAYS * DAY_MS)),
            isNull(activities.cancelledAt),
            eq(signups.status, "bevestigd"),
            ne(signups.name, WIPED_NAME),
            isNull(users.blockedAt),
            notInArray(signups.id, invited),
          ),
        )
        .all()
        // The day after: not on the evening of the activity itself. A walk-in counts once checked in.
        .filter((row) => localDay(row.endsAt) < localDay(now) && (row.checkedIn !== null || !row.walkIn));
      let sent = 0;
      for (const row of due) {
        const email = row.email && !isAnonymousKey(row.email) ? row.email : null;
        if (!email && !row.phone) continue;
        const { token, tokenHash } = issueSurveyLink(tx, row.surveyId);
        tx.insert(feedbackInvites).values({ signupId: row.signupId, tokenHash, createdAt: now }).run();
        const url = surveyLinkUrl(input.baseUrl, row.surveyId, token);
        if (email) enqueueMail(tx, howWasItMail(email, row.title, url));
        else enqueueSms(tx, feedbackSms(row.phone!, row.title, url));
        sent++;
      }
      return sent;
    },
    { behavior: "immediate" },
  );
}
