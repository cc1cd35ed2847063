import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { activities, mailOutbox, signups, users } from "@/db/schema";
import { cancelSignupByToken, signUp } from "@/lib/activities/commands/signups";
import { removeSignupDataByToken } from "@/lib/activities/commands/removal";
import { REMINDER_BEFORE_MS, sendActivityReminders, type ReminderChannel } from "@/lib/activities/commands/reminders";
import { BASE_URL, createActivityRow, person } from "../support/activities-factory";
import { createUser } from "../support/factories";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const remindersTo = (email: string) => getDb().select().from(mailOutbox).where(eq(mailOutbox.to, email)).all().filter((m) => m.subject.startsWith("Herinnering"));

/** An activity starting `days` from `now`, with sign-ups made at `signedUpAt`. */
function activityIn(days: number, now: Date) {
  const startsAt = new Date(now.getTime() + days * DAY);
  return createActivityRow({ startsAt, endsAt: new Date(startsAt.getTime() + 3 * HOUR), signupDeadline: new Date(startsAt.getTime() - HOUR) });
}

const signUpAt = (activityId: number, at: Date, email?: string) => signUp(getDb(), { activityId, userId: null, ...person(2, email), baseUrl: BASE_URL, now: at });

describe("activity reminders", () => {
  it("remind everyone with a place once, two days before, with the ics and a cancel link that works", () => {
    const now = new Date();
    const id = activityIn(1.5, now);
    const early = new Date(now.getTime() - 3 * DAY);
    const placed = signUpAt(id, early);
    const email = getDb().select({ email: signups.email }).from(signups).where(eq(signups.id, placed.signupId)).get()!.email!;
    expect(sendActivityReminders(getDb(), { now, baseUrl: BASE_URL })).toBeGreaterThanOrEqual(1);
    expect(sendActivityReminders(getDb(), { now, baseUrl: BASE_URL })).toBe(0);
    const [reminder, ...more] = remindersTo(email);
    expect(more).toHaveLength(0);
    expect(reminder!.text).toContain("Kunt u niet? Meld u af, dan krijgt iemand op de wachtlijst uw plek.");
    expect(reminder!.attachments![0]!.filename).toBe("activiteit.ics");
    const token = reminder!.text.match(/\/aanmelding\/([\w-]+)/)![1]!;
    expect(cancelSignupByToken(getDb(), { token, baseUrl: BASE_URL, now }).activityId).toBe(id);
  });

  it("not yet three days before, and not for sign-ups made after the reminder moment", () => {
    const now = new Date();
    const later = activityIn(3, now);
    const early = signUpAt(later, new Date(now.getTime() - DAY));
    expect(sendActivityReminders(getDb(), { now, baseUrl: BASE_URL })).toBe(0);

    const soon = activityIn(1, now);
    // The reminder moment of `soon` was a day ago; this sign-up came after it.
    const late = signUpAt(soon, new Date(now.getTime() - 12 * HOUR));
    sendActivityReminders(getDb(), { now, baseUrl: BASE_URL });
    const reminded = (signupId: number) => getDb().select({ at: signups.remindedAt }).from(signups).where(eq(signups.id, signupId)).get()!.at;
    expect(reminded(late.signupId)).toBeNull();
    expect(reminded(early.signupId)).toBeNull();
    // Two days before `later` starts, the early sign-up gets its reminder.
    sendActivityReminders(getDb(), { now: new Date(now.getTime() + DAY + HOUR), baseUrl: BASE_URL });
    expect(reminded(early.signupId)).not.toBeNull();
  });

  it("a cancelled activity sends none; nor does a wiped guest or a blocked account", () => {
    const now = new Date();
    const early = new Date(now.getTime() - 5 * DAY);
    const cancelled = activityIn(1, now);
    const a = signUpAt(cancelled, early);
    getDb().update(activities).set({ cancelledAt: now }).where(eq(activities.id, cancelled)).run();

    const open = activityIn(1, now);
    const wiped = signUpAt(open, early);
    removeSignupDataByToken(getDb(), { token: wiped.cancelToken!, baseUrl: BASE_URL, now });
    const blockedUser = createUser();
    const blockedEmail = getDb().select({ email: users.email }).from(users).where(eq(users.id, blockedUser)).get()!.email.toLowerCase();
    const blocked = signUp(getDb(), { activityId: open, userId: blockedUser, ...person(1, blockedEmail), baseUrl: BASE_URL, now: early });
    getDb().update(users).set({ blockedAt: now }).where(eq(users.id, blockedUser)).run();

    const seen: number[] = [];
    const spy: ReminderChannel = (_tx, reminder) => (seen.push(reminder.signup.id), false);
    sendActivityReminders(getDb(), { now, baseUrl: BASE_URL, channels: [spy] });
    expect(seen).not.toContain(a.signupId);
    expect(seen).not.toContain(wiped.signupId);
    expect(seen).not.toContain(blocked.signupId);
    expect(remindersTo(blockedEmail)).toHaveLength(0);
  });

  it("tries the next channel when one cannot reach the person", () => {
    const now = new Date();
    const id = activityIn(1, now);
    const signup = signUpAt(id, new Date(now.getTime() - REMINDER_BEFORE_MS - DAY));
    const used: string[] = [];
    const none: ReminderChannel = (_tx, r) => (r.signup.id === signup.signupId && used.push("none"), false);
    const sms: ReminderChannel = (_tx, r) => (r.signup.id === signup.signupId && used.push("sms"), true);
    sendActivityReminders(getDb(), { now, baseUrl: BASE_URL, channels: [none, sms] });
    expect(used).toEqual(["none", "sms"]);
    expect(getDb().select({ at: signups.remindedAt }).from(signups).where(eq(signups.id, signup.signupId)).get()!.at).not.toBeNull();
  });
});
