import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { signups, smsOutbox } from "@/db/schema";
import { cancelSignupByCode, WRONG_CODE } from "@/lib/activities/commands/code-cancel";
import { signUp } from "@/lib/activities/commands/signups";
import { mobileField, signupSchemaFor } from "@/lib/activities/schema";
import { AppError, FieldRefusal } from "@/lib/platform/errors";
import { rereadEnv } from "@/lib/platform/env";
import { normaliseMobile, PHONE_INVALID, phoneCountryMessage, smsCountriesOf } from "@/lib/platform/sms/phone";
import { BASE_URL, createActivityRow, person } from "../support/activities-factory";

/*
 * Issue 21, items 1 (the cancel code) and 3: text messages go only to the configured countries,
 * at most a few a day to one number, and strangers can neither replace nor lock the owner's code.
 */

const db = () => getDb();
let counter = 0;
function newNumber() {
  const digits = `2${String(++counter * 7919 + (Date.now() % 1000) * 10_007).padStart(7, "0").slice(-7)}`;
  return { typed: `06 ${digits}`, e164: `+316${digits}` };
}
const network = () => `192.0.2.${++counter % 250}`;
const textsTo = (phone: string) => db().select().from(smsOutbox).where(eq(smsOutbox.to, phone)).all();
const codeIn = (text: string) => /\(code (\d{6})\)/.exec(text)![1]!;
const signUpByPhone = (activityId: number, phone: string, ip: string | null = network()) =>
  signUp(db(), { ...person(1, ""), phone, activityId, userId: null, baseUrl: BASE_URL, ...(ip ? { limit: { ip } } : {}) });
const cancelWith = (phone: string, code: string, ip = network()) => cancelSignupByCode(db(), { phone, code, baseUrl: BASE_URL, ip });
const refusalOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error;
  }
  return null;
};

const savedCountries = process.env.SMS_COUNTRIES;
afterEach(() => {
  if (savedCountries === undefined) delete process.env.SMS_COUNTRIES;
  else process.env.SMS_COUNTRIES = savedCountries;
});

describe("numbers from the configured countries only", () => {
  it.each(["+33 6 12 34 56 78", "+234 803 123 4567", "+86 138 0013 8000", "+7 912 345 67 89", "+54 9 11 2345 6789"])(
    "refuses the mobile number %s at the field, in Dutch",
    (typed) => {
      expect(normaliseMobile(typed)).toBeNull();
      const refused = mobileField.safeParse(typed);
      expect(refused.success).toBe(false);
      expect(refused.error!.issues[0]!.message).toBe("Wij sturen alleen sms naar mobiele nummers uit Nederland, België of Duitsland. Vul een ander nummer of een e-mailadres in.");
    },
  );

  it("takes Dutch, Belgian and German mobile numbers by default", () => {
    expect(normaliseMobile("06 12345678")).toBe("+31612345678");
    expect(normaliseMobile("+32 470 12 34 56")).toBe("+32470123456");
    expect(normaliseMobile("+49 151 23456789")).toBe("+4915123456789");
    expect(mobileField.safeParse("045 5712345").error!.issues[0]!.message).toBe(PHONE_INVALID);
  });

  it("follows SMS_COUNTRIES", () => {
    const onlyNl = smsCountriesOf(["NL"]);
    expect(normaliseMobile("+32 470 12 34 56", onlyNl)).toBeNull();
    expect(normaliseMobile("06 12345678", onlyNl)).toBe("+31612345678");
    expect(phoneCountryMessage(onlyNl)).toBe("Wij sturen alleen sms naar mobiele nummers uit Nederland. Vul een ander nummer of een e-mailadres in.");
    const nlBe = smsCountriesOf(["NL", "BE", "XX"]);
    expect(normaliseMobile("+32 470 12 34 56", nlBe)).toBe("+32470123456");
    expect(phoneCountryMessage(nlBe)).toBe("Wij sturen alleen sms naar mobiele nummers uit Nederland of België. Vul een ander nummer of een e-mailadres in.");
    try {
      process.env.SMS_COUNTRIES = " nl, be ";
      expect(rereadEnv().smsCountries).toEqual(["NL", "BE"]);
    } finally {
      delete process.env.SMS_COUNTRIES;
      rereadEnv();
    }
  });

  it("the sign-up form and the command both refuse a number from another country, and nothing is texted", () => {
    const form = signupSchemaFor(4).safeParse({ name: "A", email: "", phone: "+33 6 12 34 56 78", partySize: "1", notes: "", consent: "ja" });
    expect(form.error!.issues.map((issue) => issue.path.join("."))).toEqual(["phone"]);
    const error = refusalOf(() => signUpByPhone(createActivityRow(), "+33 6 12 34 56 78"));
    expect(error).toBeInstanceOf(FieldRefusal);
    expect((error as FieldRefusal).field).toBe("phone");
    expect(textsTo("+33612345678")).toEqual([]);
  });
});

describe("texts to one number", () => {
  it("a stranger cannot make the site send more than 5 texts a day to one number, from any number of networks", () => {
    const { typed, e164 } = newNumber();
    const first = createActivityRow();
    signUpByPhone(first, typed);
    for (let i = 0; i < 8; i++) {
      try {
        signUpByPhone(i % 2 ? first : createActivityRow(), typed);
      } catch (error) {
        expect(error).toBeInstanceOf(FieldRefusal);
        expect((error as FieldRefusal).userMessage).toBe("Naar dit nummer sturen wij vandaag geen sms meer. Vul een e-mailadres in, of probeer het morgen opnieuw.");
      }
    }
    expect(textsTo(e164).length).toBe(5);
  });

  it("a repeat sign-up sends no new code, and the first code keeps working", () => {
    const { typed, e164 } = newNumber();
    const activityId = createActivityRow();
    signUpByPhone(activityId, typed);
    const code = codeIn(textsTo(e164)[0]!.text);
    const again = signUpByPhone(activityId, typed);
    expect(again).toMatchObject({ existing: true, cancelCode: null, cancelToken: null });
    const repeat = textsTo(e164).at(-1)!.text;
    expect(repeat).toMatch(/^U was al aangemeld: BBQ test, .+\. Afmelden kan met de link of de code uit uw vorige sms\.$/);
    expect(repeat).not.toMatch(/\d{6}/);
    expect(cancelWith(e164, code).activityId).toBe(activityId);
  });
});

describe("wrong cancel codes from strangers", () => {
  it("do not lock the number: after five the code dies, and the next sign-up texts a new code that works at once", () => {
    const { typed, e164 } = newNumber();
    const activityId = createActivityRow();
    signUpByPhone(activityId, typed);
    const code = codeIn(textsTo(e164)[0]!.text);
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 0; i < 5; i++) expect(() => cancelWith(e164, wrong)).toThrow(WRONG_CODE);
    // The code is dead now, even the right one: six digits must not be guessed.
    expect(() => cancelWith(e164, code)).toThrow(WRONG_CODE);
    // The owner signs up again and gets a new code, which works right away.
    signUpByPhone(activityId, typed);
    const fresh = codeIn(textsTo(e164).at(-1)!.text);
    expect(cancelWith(e164, fresh).activityId).toBe(activityId);
    expect(db().select({ status: signups.status }).from(signups).where(eq(signups.phone, e164)).get()!.status).toBe("geannuleerd");
  });

  it("four wrong codes leave the right one working", () => {
    const { typed, e164 } = newNumber();
    const activityId = createActivityRow();
    signUpByPhone(activityId, typed, null);
    const code = codeIn(textsTo(e164)[0]!.text);
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 0; i < 4; i++) expect(() => cancelWith(e164, wrong)).toThrow(WRONG_CODE);
    expect(cancelWith(e164, code).activityId).toBe(activityId);
  });

  it("one network trying codes on many numbers is still stopped", () => {
    const ip = "198.51.100.177";
    const answers = Array.from({ length: 40 }, () => refusalOf(() => cancelWith(newNumber().e164, "123456", ip)) as AppError);
    expect(answers.filter((error) => error.code === "rate_limited")).toHaveLength(10);
  });
});
