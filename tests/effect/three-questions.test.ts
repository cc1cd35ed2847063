import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { activities, feedbackInvites, mailOutbox, signups, smsOutbox, surveyAnswered, surveyLinks, surveyResponses } from "@/db/schema";
import { sendFeedbackInvites } from "@/lib/effect/commands/feedback";
import { activityFeedbackSurvey } from "@/lib/effect/queries/feedback";
import { anonymiseSignups } from "@/lib/privacy/commands/anonymise";
import { ALREADY_ANSWERED, saveDraftAnswer, submitOnline } from "@/lib/surveys/commands/answer";
import { BASE_URL, createActivityRow } from "../support/activities-factory";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** A BBQ that ended yesterday evening, with these sign-ups; returns its id and the moment "the day after" at 10:00. */
function pastActivity(rows: Partial<typeof signups.$inferInsert>[], shiftDays = 0) {
  const dayAfter = new Date(Date.UTC(2026, 7, 9, 8));
  const startsAt = new Date(dayAfter.getTime() - 18 * HOUR + shiftDays * DAY);
  const id = createActivityRow({ startsAt, endsAt: new Date(startsAt.getTime() + 3 * HOUR), signupDeadline: startsAt });
  const ids = rows.map((row, n) =>
    getDb()
      .insert(signups)
      .values({ activityId: id, name: `Gast ${n}`, partySize: 1, status: "bevestigd", ...row })
      .returning({ id: signups.id })
      .get().id,
  );
  return { id, ids, dayAfter, evening: new Date(startsAt.getTime() + 4 * HOUR) };
}

/** The token of the link in a message. */
const tokenIn = (text: string) => /\/vragen\/\d+\/link\/([A-Za-z0-9_-]+)/.exec(text)![1]!;

/** Answers the three questions as the holder of `link` on `device`. */
function answerAll(surveyId: number, device: string, link: string | null, now: Date) {
  const who = { device, userId: null, link };
  for (const [step, posted] of [[1, ["4"]], [2, ["1"]], [3, ["0"]]] as const) saveDraftAnswer(getDb(), { surveyId, step, posted: [...posted], who, now });
  submitOnline(getDb(), { surveyId, who, profile: {}, now });
}

describe("Hoe was het? the day after an activity", () => {
  it("goes once per sign-up, the day after, to who came or left an address or number", () => {
    const { id, ids, dayAfter, evening } = pastActivity([
      { email: "kwam@test.nl", checkedInAt: new Date() },
      { email: "aangemeld@test.nl" },
      { phone: "+31612345678" },
      { isWalkIn: true, checkedInAt: new Date() },
      { isWalkIn: true, email: "binnenloper@test.nl" },
      { email: "weg@test.nl", status: "geannuleerd" },
    ]);
    expect(sendFeedbackInvites(getDb(), { now: evening, baseUrl: BASE_URL })).toBe(0);
    expect(sendFeedbackInvites(getDb(), { now: dayAfter, baseUrl: BASE_URL })).toBe(3);
    // The job runs every quarter of an hour: nobody gets a second message.
    expect(sendFeedbackInvites(getDb(), { now: new Date(dayAfter.getTime() + HOUR), baseUrl: BASE_URL })).toBe(0);
    const invited = getDb().select({ id: feedbackInvites.signupId }).from(feedbackInvites).all().map((row) => row.id);
    expect(invited.sort()).toEqual([ids[0], ids[1], ids[2]].sort());
    const mails = getDb().select().from(mailOutbox).all().filter((mail) => mail.subject.startsWith("Hoe was het?"));
    expect(mails.map((mail) => mail.to).sort()).toEqual(["aangemeld@test.nl", "kwam@test.nl"]);
    expect(getDb().select().from(smsOutbox).where(eq(smsOutbox.to, "+31612345678")).all()[0]!.text).toMatch(/^Hoe was BBQ test\? 3 korte vragen: /);
    expect(activityFeedbackSurvey(getDb(), id)).not.toBeNull();
  });

  it("takes one answer per link, also from a second phone, and a device without the link once", () => {
    const { id, dayAfter } = pastActivity([{ email: "een@test.nl", checkedInAt: new Date() }]);
    sendFeedbackInvites(getDb(), { now: dayAfter, baseUrl: BASE_URL });
    const surveyId = activityFeedbackSurvey(getDb(), id)!;
    const mail = getDb().select().from(mailOutbox).where(eq(mailOutbox.to, "een@test.nl")).get()!;
    const token = tokenIn(mail.text);
    answerAll(surveyId, "telefoon-1", token, dayAfter);
    expect(() => answerAll(surveyId, "telefoon-2", token, dayAfter)).toThrow(ALREADY_ANSWERED);
    // A made-up token is no link: it counts as the device, once.
    answerAll(surveyId, "telefoon-3", "verzonnen-token-verzonnen-token", dayAfter);
    expect(() => answerAll(surveyId, "telefoon-3", null, dayAfter)).toThrow(ALREADY_ANSWERED);
    expect(getDb().select().from(surveyResponses).where(eq(surveyResponses.surveyId, surveyId)).all()).toHaveLength(2);
  });

  it("keeps nothing that leads from a stored answer to the sign-up", () => {
    const { id, ids, dayAfter } = pastActivity([{ email: "anoniem@test.nl", checkedInAt: new Date() }]);
    sendFeedbackInvites(getDb(), { now: dayAfter, baseUrl: BASE_URL });
    const surveyId = activityFeedbackSurvey(getDb(), id)!;
    const token = tokenIn(getDb().select().from(mailOutbox).where(eq(mailOutbox.to, "anoniem@test.nl")).get()!.text);
    answerAll(surveyId, "telefoon", token, dayAfter);
    const invite = getDb().select().from(feedbackInvites).where(eq(feedbackInvites.signupId, ids[0]!)).get()!;
    // The "used" marker is another hash of the token: without the token nobody can match the two.
    const answered = getDb().select().from(surveyAnswered).where(eq(surveyAnswered.surveyId, surveyId)).all();
    expect(answered).toHaveLength(1);
    expect(answered[0]!.whoHash).not.toBe(invite.tokenHash);
    const response = getDb().select().from(surveyResponses).where(eq(surveyResponses.surveyId, surveyId)).get()!;
    expect(Object.keys(response).sort()).toEqual(["day", "id", "source", "surveyId"]);
    expect(response.id).not.toBe(ids[0]);
    expect(JSON.stringify(getDb().select().from(surveyAnswered).all())).not.toContain(invite.tokenHash);
  });

  it("a wiped sign-up's link stops working and is not sent again", () => {
    const { id, ids, dayAfter } = pastActivity([{ email: "wissen@test.nl", checkedInAt: new Date() }]);
    sendFeedbackInvites(getDb(), { now: dayAfter, baseUrl: BASE_URL });
    const surveyId = activityFeedbackSurvey(getDb(), id)!;
    const token = tokenIn(getDb().select().from(mailOutbox).where(eq(mailOutbox.to, "wissen@test.nl")).get()!.text);
    getDb().transaction((tx) => anonymiseSignups(tx, [{ id: ids[0]!, email: "wissen@test.nl" }]));
    expect(getDb().select().from(feedbackInvites).where(eq(feedbackInvites.signupId, ids[0]!)).all()).toEqual([]);
    expect(getDb().select().from(surveyLinks).where(eq(surveyLinks.surveyId, surveyId)).all()).toEqual([]);
    expect(sendFeedbackInvites(getDb(), { now: new Date(dayAfter.getTime() + HOUR), baseUrl: BASE_URL })).toBe(0);
    // The old link is now no more than any shared link: once per device.
    answerAll(surveyId, "telefoon-a", token, dayAfter);
    answerAll(surveyId, "telefoon-b", token, dayAfter);
    expect(getDb().select().from(surveyResponses).where(eq(surveyResponses.surveyId, surveyId)).all()).toHaveLength(2);
  });

  it("is not sent for a cancelled activity nor weeks late", () => {
    const cancelled = pastActivity([{ email: "afgelast@test.nl", checkedInAt: new Date() }]);
    getDb().update(activities).set({ cancelledAt: cancelled.evening }).where(eq(activities.id, cancelled.id)).run();
    pastActivity([{ email: "laat@test.nl", checkedInAt: new Date() }], -10);
    expect(sendFeedbackInvites(getDb(), { now: cancelled.dayAfter, baseUrl: BASE_URL })).toBe(0);
    expect(getDb().select().from(mailOutbox).all().filter((mail) => ["afgelast@test.nl", "laat@test.nl"].includes(mail.to))).toEqual([]);
  });
});
