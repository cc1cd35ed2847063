import { eq, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { mailOutbox, rateLimitHits } from "@/db/schema";
import { cancelSignupByToken, signUp } from "@/lib/activities/commands/signups";
import { signupAnswer } from "@/lib/activities/signup-answer";
import { SIGNUP_LIMIT } from "@/lib/activities/rate-limits";
import { BASE_URL, createActivityRow, createSeriesRow, person } from "../support/activities-factory";

// Issue 12 item 2: whether an address is signed up must not be readable from the answer, and
// probing an address must not use up its owner's sign-ups.
const db = () => getDb();
const MAIL = { email: "typed@test.nl" };
const sign = (activityId: number, partySize: number, email: string, ip = "203.0.113.7") =>
  signUp(db(), { ...person(partySize, email), activityId, userId: null, baseUrl: BASE_URL, limit: { ip } });
const mailsTo = (email: string) => db().select().from(mailOutbox).where(eq(mailOutbox.to, email)).all();

describe("a sign-up on the waiting list", () => {
  it("gets the same answer as one with a place, and the answer says what happens in both cases", () => {
    const activityId = createActivityRow({ places: 1 });
    const placed = sign(activityId, 1, "placed@test.nl");
    const waiting = sign(activityId, 1, "waiting@test.nl");
    expect([placed.status, waiting.status]).toEqual(["bevestigd", "wachtlijst"]);
    const answer = signupAnswer(waiting, false, MAIL);
    expect(answer).toBe(signupAnswer(placed, false, MAIL));
    expect(answer).toMatch(/een plek heeft of op de wachtlijst staat/);
    expect(answer).toMatch(/komt er een plek vrij\? Dan krijgt u weer een mail/);
    expect(signupAnswer(waiting, false, { email: "" })).toMatch(/wachtlijst.*weer een sms/);
  });
});

describe("a sign-up with an address that is already signed up", () => {
  it("gets the same answer as a new sign-up; the details go only to the address", () => {
    const activityId = createActivityRow({ places: 2 });
    const fresh = sign(activityId, 2, "owner@test.nl");
    const probe = sign(activityId, 1, "owner@test.nl", "198.51.100.9");
    expect(probe.existing).toBe(true);
    expect(signupAnswer(probe, false, MAIL)).toBe(signupAnswer(fresh, false, MAIL));
    expect(signupAnswer(probe, false, MAIL)).not.toMatch(/al aangemeld|personen|nummer/);
    const [, again] = mailsTo("owner@test.nl");
    expect(again!.subject).toContain("U was al aangemeld");
    expect(again!.text).toContain("U komt met 2 personen.");
    // The mail carries a fresh cancel link that works (only its hash is stored).
    const link = /\/aanmelding\/([\w-]+)/.exec(again!.text)![1]!;
    expect(cancelSignupByToken(db(), { token: link, baseUrl: BASE_URL }).activityId).toBe(activityId);
  });

  it("answers a second date of a one-per-address series the same way and mails the existing date", () => {
    const seriesId = createSeriesRow("Probe-reeks", true);
    const first = createActivityRow({ seriesId, title: "Eerste datum" });
    const second = createActivityRow({ seriesId, title: "Tweede datum" });
    const fresh = sign(first, 2, "serie-probe@test.nl");
    const probe = sign(second, 1, "serie-probe@test.nl");
    expect(signupAnswer(probe, false, MAIL)).toBe(signupAnswer(fresh, false, MAIL));
    const last = mailsTo("serie-probe@test.nl").at(-1)!;
    expect(last.subject).toContain("U was al aangemeld");
    expect(last.text).toContain("Eerste datum");
  });

  it("does not use up the owner's hourly sign-ups, and mails the owner at most a few times", () => {
    const activityId = createActivityRow();
    sign(activityId, 1, "target@test.nl");
    for (let i = 0; i < SIGNUP_LIMIT.perUser + 5; i++) sign(activityId, 1, "target@test.nl", `192.0.2.${i}`);
    const userHits = db().select().from(rateLimitHits).where(like(rateLimitHits.bucket, "signup-user:target@test.nl")).all();
    expect(userHits).toHaveLength(1);
    expect(mailsTo("target@test.nl").length).toBeLessThanOrEqual(4);
    // The owner can still sign up for something else.
    expect(sign(createActivityRow(), 1, "target@test.nl").existing).toBe(false);
  });

  it("still refuses new sign-ups over the hourly limit of one address", () => {
    let refused = false;
    for (let i = 0; i <= SIGNUP_LIMIT.perUser; i++) {
      try {
        sign(createActivityRow(), 1, "flood@test.nl");
      } catch {
        refused = true;
      }
    }
    expect(refused).toBe(true);
  });
});
