import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { activities, auditLog, mailOutbox, signups, smsOutbox } from "@/db/schema";
import { cancelSignupByCode, WRONG_CODE } from "@/lib/activities/commands/code-cancel";
import { cancelSignupByToken, signUp } from "@/lib/activities/commands/signups";
import { signUpOnBehalf } from "@/lib/activities/commands/on-behalf";
import { sendActivityReminders } from "@/lib/activities/commands/reminders";
import { SIGNUP_SMS_SENT, signupAnswer } from "@/lib/activities/signup-answer";
import { activitySchema } from "@/lib/activities/schema";
import { cancelActivity, updateActivity } from "@/lib/activities/commands/staff";
import { AppError, FieldRefusal } from "@/lib/platform/errors";
import { segments } from "@/lib/platform/sms/segments";
import { BASE_URL, createActivityRow, createSeriesRow, person } from "../support/activities-factory";
import { createUser } from "../support/factories";

const db = () => getDb();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let counter = 0;
/** A fresh Dutch mobile number in the two spellings a resident might type, and its E.164 form. */
function newNumber() {
  const digits = `1${String(++counter * 7919 + (Date.now() % 1000) * 10_007).padStart(7, "0").slice(-7)}`;
  return { typed: `06 ${digits}`, e164: `+316${digits}` };
}
const textsTo = (phone: string) => db().select().from(smsOutbox).where(eq(smsOutbox.to, phone)).all();
/** A guest with only a number: name typed, no address. */
const byPhone = (phone: string, partySize = 1) => ({ ...person(partySize, ""), name: "Bevestig via https://evil.example nu", phone });
const signUpByPhone = (activityId: number, phone: string, options: { partySize?: number; ip?: string; now?: Date } = {}) =>
  signUp(db(), { ...byPhone(phone, options.partySize), activityId, userId: null, baseUrl: BASE_URL, now: options.now, ...(options.ip ? { limit: { ip: options.ip } } : {}) });
const codeIn = (text: string) => /\(code (\d{6})\)/.exec(text)![1]!;
const tokenIn = (text: string) => /\/aanmelding\/([\w-]+)/.exec(text)![1]!;

describe("signing up with only a phone number", () => {
  it("stores the number as E.164 and texts one short message with a code and a link; no mail, no typed name", () => {
    const activityId = createActivityRow({ title: "Buurt-BBQ bij het Stackplein" });
    const { typed, e164 } = newNumber();
    const outcome = signUpByPhone(activityId, typed, { partySize: 2 });
    expect(outcome).toMatchObject({ status: "bevestigd", existing: false, cancelCode: expect.stringMatching(/^\d{6}$/) });
    const row = db().select().from(signups).where(eq(signups.id, outcome.signupId)).get()!;
    expect(row).toMatchObject({ email: null, phone: e164, cancelCodeHash: expect.any(String) });
    expect(row.cancelCodeHash).not.toContain(outcome.cancelCode!);
    const [text, ...more] = textsTo(e164);
    expect(more).toEqual([]);
    expect(text!.text).toMatch(/^U bent aangemeld: Buurt-BBQ bij het Stackplein, \w+ \d+ \w+ \d\d\.\d\d\. Afmelden: http:\/\/test\.local\/aanmelding\/[\w-]+ \(code \d{6}\)$/);
    expect(segments(text!.text)).toBe(1);
    expect(text!.text).not.toContain("evil");
    expect(codeIn(text!.text)).toBe(outcome.cancelCode);
    expect(db().select().from(mailOutbox).where(eq(mailOutbox.to, "")).all()).toEqual([]);
  });

  it("with an address and a number, mails and does not text (a message costs money)", () => {
    const { typed, e164 } = newNumber();
    const outcome = signUp(db(), { ...person(1, `beide-${counter}@test.nl`), phone: typed, activityId: createActivityRow(), userId: null, baseUrl: BASE_URL });
    expect(outcome.cancelCode).toBeNull();
    expect(textsTo(e164)).toEqual([]);
    expect(db().select().from(mailOutbox).where(eq(mailOutbox.to, `beide-${counter}@test.nl`)).all()).toHaveLength(1);
  });

  it("refuses a landline at the field, and a sign-up with neither address nor number", () => {
    const activityId = createActivityRow();
    expect(() => signUpByPhone(activityId, "045 5712345")).toThrow(FieldRefusal);
    expect(() => signUp(db(), { ...person(1, ""), activityId, userId: null, baseUrl: BASE_URL })).toThrow(FieldRefusal);
  });

  it("cancels with the number and the code, from any spelling of the number; the message confirms it", () => {
    const activityId = createActivityRow({ places: 1 });
    const { typed, e164 } = newNumber();
    const waiting = newNumber();
    const placed = signUpByPhone(activityId, typed);
    signUpByPhone(activityId, waiting.typed);
    const cancelled = cancelSignupByCode(db(), { phone: e164, code: codeIn(textsTo(e164)[0]!.text), baseUrl: BASE_URL, ip: "203.0.113.20" });
    expect(cancelled).toMatchObject({ activityId, title: "BBQ test" });
    expect(db().select({ status: signups.status }).from(signups).where(eq(signups.id, placed.signupId)).get()!.status).toBe("geannuleerd");
    expect(textsTo(e164).at(-1)!.text).toMatch(/^U bent afgemeld voor BBQ test/);
    // The waiting guest moved up and got a text with a new code that works.
    const promotion = textsTo(waiting.e164).at(-1)!.text;
    expect(promotion).toMatch(/^Er is plek! U bent nu aangemeld: BBQ test/);
    expect(segments(promotion)).toBe(1);
    expect(cancelSignupByCode(db(), { phone: waiting.e164, code: codeIn(promotion), baseUrl: BASE_URL, ip: "203.0.113.20" }).activityId).toBe(activityId);
  });

  it("a wrong code is refused; after five the code is dead, and tries per connection are limited", () => {
    const activityId = createActivityRow();
    const { typed, e164 } = newNumber();
    signUpByPhone(activityId, typed);
    const code = codeIn(textsTo(e164)[0]!.text);
    const wrong = code === "000000" ? "111111" : "000000";
    const attempt = (tryCode: string, ip = "203.0.113.21") => () => cancelSignupByCode(db(), { phone: e164, code: tryCode, baseUrl: BASE_URL, ip });
    for (let i = 0; i < 5; i++) expect(attempt(wrong)).toThrow(WRONG_CODE);
    // Five wrong codes kill the code, also the right one (the link in the text still works).
    expect(attempt(code)).toThrow(WRONG_CODE);
    // One connection trying one code on many numbers is stopped.
    const ip = "198.51.100.77";
    let refused = 0;
    for (let i = 0; i < 40; i++) {
      try {
        cancelSignupByCode(db(), { phone: newNumber().e164, code: "123456", baseUrl: BASE_URL, ip });
      } catch (error) {
        if ((error as AppError).code === "rate_limited") refused++;
      }
    }
    expect(refused).toBe(10);
  });

  it("a code works only with the number it was sent to; a repeat sign-up keeps it", () => {
    const activityId = createActivityRow();
    const one = newNumber();
    const other = newNumber();
    signUpByPhone(activityId, one.typed);
    const first = codeIn(textsTo(one.e164)[0]!.text);
    expect(() => cancelSignupByCode(db(), { phone: other.e164, code: first, baseUrl: BASE_URL, ip: "203.0.113.22" })).toThrow(WRONG_CODE);
    // Signing up again sends no new code: the first one keeps working (a stranger cannot replace it).
    const again = signUpByPhone(activityId, one.typed);
    expect(again.existing).toBe(true);
    expect(textsTo(one.e164).at(-1)!.text).toMatch(/^U was al aangemeld: BBQ test/);
    expect(textsTo(one.e164).at(-1)!.text).not.toMatch(/\d{6}/);
    expect(cancelSignupByCode(db(), { phone: one.e164, code: first, baseUrl: BASE_URL, ip: "203.0.113.22" }).activityId).toBe(activityId);
  });
});

describe("the rules on a number as on an address", () => {
  it("answers a repeat with the same sentence as a new sign-up; the details go only to the number", () => {
    const activityId = createActivityRow({ places: 2 });
    const { typed, e164 } = newNumber();
    const fresh = signUpByPhone(activityId, typed, { partySize: 2, ip: "203.0.113.30" });
    const probe = signUpByPhone(activityId, e164, { ip: "198.51.100.30" });
    expect(probe.existing).toBe(true);
    const typedNumber = { email: "" };
    expect(signupAnswer(probe, false, typedNumber)).toBe(signupAnswer(fresh, false, typedNumber));
    expect(signupAnswer(probe, false, typedNumber)).toBe(SIGNUP_SMS_SENT);
    expect(db().select().from(signups).where(eq(signups.activityId, activityId)).all()).toHaveLength(1);
    expect(textsTo(e164).at(-1)!.text).toContain("U was al aangemeld");
  });

  it("a number that typed a new address still finds its sign-up", () => {
    const activityId = createActivityRow();
    const { typed } = newNumber();
    signUpByPhone(activityId, typed);
    const withAddress = signUp(db(), { ...person(1, `nieuw-${counter}@test.nl`), phone: typed, activityId, userId: null, baseUrl: BASE_URL });
    expect(withAddress.existing).toBe(true);
  });

  it("a household sharing one number signs up person by person with their own addresses", () => {
    const activityId = createActivityRow();
    const { typed, e164 } = newNumber();
    const first = signUp(db(), { ...person(1, `eerste-${counter}@test.nl`), phone: typed, activityId, userId: null, baseUrl: BASE_URL });
    const second = signUp(db(), { ...person(1, `tweede-${counter}@test.nl`), phone: typed, activityId, userId: null, baseUrl: BASE_URL });
    expect([first.existing, second.existing]).toEqual([false, false]);
    expect(db().select().from(signups).where(and(eq(signups.activityId, activityId), eq(signups.phone, e164))).all()).toHaveLength(2);
  });

  it("one sign-up per number in a one-per-person series", () => {
    const seriesId = createSeriesRow(`Telefoon-reeks ${counter}`, true);
    const first = createActivityRow({ seriesId, title: "Eerste datum" });
    const second = createActivityRow({ seriesId, title: "Tweede datum" });
    const { typed, e164 } = newNumber();
    signUpByPhone(first, typed);
    const probe = signUpByPhone(second, typed);
    expect(probe.existing).toBe(true);
    expect(db().select().from(signups).where(eq(signups.activityId, second)).all()).toEqual([]);
    expect(textsTo(e164).at(-1)!.text).toMatch(/^U was al aangemeld: Eerste datum/);
    // Without the rule, another date is fine.
    const free = createSeriesRow(`Vrije reeks ${counter}`, false);
    signUpByPhone(createActivityRow({ seriesId: free }), typed);
    expect(signUpByPhone(createActivityRow({ seriesId: free }), typed).existing).toBe(false);
  });

  it("texts a number about its existing sign-up at most 3 times an hour; the answer stays the same", () => {
    const activityId = createActivityRow();
    const { typed, e164 } = newNumber();
    signUpByPhone(activityId, typed, { ip: "203.0.113.32" });
    const repeats = Array.from({ length: 5 }, (_, i) => signUpByPhone(activityId, typed, { ip: `198.51.100.${40 + i}` }));
    expect(repeats.every((repeat) => repeat.existing)).toBe(true);
    expect(textsTo(e164).filter((sms) => sms.text.startsWith("U was al aangemeld"))).toHaveLength(3);
    expect(repeats.map((repeat) => signupAnswer(repeat, false, { email: "" }))).toEqual(Array(5).fill(SIGNUP_SMS_SENT));
  });

  it("limits new sign-ups per number per hour, like an address", () => {
    // With an address as well, so that they are mailed: texts to a number have a lower daily limit.
    const { typed } = newNumber();
    const withAddress = (i: number) =>
      signUp(db(), { ...person(1, `uur-${counter}-${i}@test.nl`), phone: typed, activityId: createActivityRow(), userId: null, baseUrl: BASE_URL, limit: { ip: "203.0.113.31" } });
    for (let i = 0; i < 10; i++) withAddress(i);
    expect(() => withAddress(10)).toThrow(AppError);
  });
});

describe("text messages after the sign-up", () => {
  it("the reminder two days before, with a new code and link that work", () => {
    const now = new Date();
    const startsAt = new Date(now.getTime() + 1.5 * DAY);
    const activityId = createActivityRow({ startsAt, endsAt: new Date(startsAt.getTime() + 3 * HOUR), signupDeadline: new Date(startsAt.getTime() - HOUR) });
    const { typed, e164 } = newNumber();
    signUpByPhone(activityId, typed, { now: new Date(now.getTime() - 3 * DAY) });
    sendActivityReminders(db(), { now, baseUrl: BASE_URL });
    const reminder = textsTo(e164).at(-1)!.text;
    expect(reminder).toMatch(/^Tot \w+ \d+ \w+ \d\d\.\d\d: BBQ test, Teststraat 1, Heerlen\. Toch niet\? Afmelden: /);
    expect(segments(reminder)).toBe(1);
    expect(cancelSignupByToken(db(), { token: tokenIn(reminder), baseUrl: BASE_URL, now }).activityId).toBe(activityId);
  });

  it("a new time or place, and a cancelled activity", () => {
    const actor = createUser("buurtwerker");
    const activityId = createActivityRow({ title: "Kookcafe" });
    const { typed, e164 } = newNumber();
    signUpByPhone(activityId, typed);
    const data = activitySchema.parse({
      title: "Kookcafe", description: "", wijkId: "1", address: "Buurthuis De Hei, Heerlen", startsAt: "2031-03-08T17:00", endsAt: "2031-03-08T20:00",
      signupDeadline: "2031-03-07T12:00", places: "10", maxPartySize: "6", seriesId: "", initiativeId: "",
    });
    updateActivity(db(), { actorId: actor, activityId, data, baseUrl: BASE_URL });
    const changed = textsTo(e164).at(-1)!.text;
    expect(changed).toBe("Nieuwe tijd en plek voor Kookcafe: za 8 mrt 17.00, Buurthuis De Hei, Heerlen. U hoeft niets te doen.");
    cancelActivity(db(), { actorId: actor, activityId });
    expect(textsTo(e164).at(-1)!.text).toBe("Helaas: Kookcafe (za 8 mrt 17.00) gaat niet door. U hoeft niets te doen.");
    expect(db().select({ cancelledAt: activities.cancelledAt }).from(activities).where(eq(activities.id, activityId)).get()!.cancelledAt).not.toBeNull();
  });
});

describe("a buurtwerker signs up a resident by phone", () => {
  it("records who did it and the resident's consent; the resident gets the text, the buurtwerker's account is not linked", () => {
    const actor = createUser("buurtwerker");
    const activityId = createActivityRow();
    const { typed, e164 } = newNumber();
    const outcome = signUpOnBehalf(db(), { actorId: actor, activityId, name: "Mevrouw Jansen", email: "", phone: typed, partySize: 2, notes: "", baseUrl: BASE_URL });
    expect(db().select().from(signups).where(eq(signups.id, outcome.signupId)).get()).toMatchObject({ userId: null, onBehalfById: actor, phone: e164, partySize: 2 });
    expect(textsTo(e164)).toHaveLength(1);
    const audit = db().select().from(auditLog).where(eq(auditLog.targetId, String(outcome.signupId))).all().find((entry) => entry.action === "signup.added_on_behalf");
    expect(audit).toMatchObject({ actorId: actor, details: { residentAgreed: true, existing: false } });
  });
});
