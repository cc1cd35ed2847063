import { describe, expect, it } from "vitest";
import { cancelCodeSchema, mobileField, signupSchemaFor } from "@/lib/activities/schema";
import { normaliseMobile, PHONE_INVALID } from "@/lib/platform/sms/phone";
import { fitTitle, isGsm7, segments } from "@/lib/platform/sms/segments";

describe("mobile numbers", () => {
  it.each([
    ["06 12345678", "+31612345678"],
    ["0612345678", "+31612345678"],
    ["06-12 34 56 78", "+31612345678"],
    ["+31 6 1234 5678", "+31612345678"],
    ["0031612345678", "+31612345678"],
    ["(06) 12345678", "+31612345678"],
    ["+32 470 12 34 56", "+32470123456"],
  ])("reads %s as %s", (typed, e164) => {
    expect(normaliseMobile(typed)).toBe(e164);
  });

  it.each(["045 5712345", "+31 45 571 2345", "06 1234567", "06 123456789", "0800 1234", "abc", "", "+", "0".repeat(20)])(
    "refuses %j: not a mobile number",
    (typed) => {
      expect(normaliseMobile(typed)).toBeNull();
    },
  );

  it("the field stores E.164 and tells at the field, in Dutch, what is wrong", () => {
    expect(mobileField.parse(" 06 12345678 ")).toBe("+31612345678");
    expect(mobileField.parse("")).toBe("");
    const refused = mobileField.safeParse("045 5712345");
    expect(refused.success).toBe(false);
    expect(refused.error!.issues[0]!.message).toBe(PHONE_INVALID);
  });

  it("the sign-up form needs an address or a number, and takes either alone", () => {
    const schema = signupSchemaFor(4);
    const base = { name: "Anna", partySize: "1", notes: "", consent: "ja" };
    expect(schema.parse({ ...base, email: "", phone: "06 12345678" })).toMatchObject({ email: "", phone: "+31612345678" });
    expect(schema.parse({ ...base, email: "a@b.nl", phone: "" })).toMatchObject({ email: "a@b.nl", phone: "" });
    expect(schema.parse({ ...base, email: "a@b.nl", phone: "0612345678" })).toMatchObject({ phone: "+31612345678" });
    const neither = schema.safeParse({ ...base, email: "", phone: "" });
    expect(neither.error!.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["email", "Vul een e-mailadres of een mobiel nummer in. Een van de twee is genoeg."],
    ]);
  });

  it("the cancel code is six digits; spaces typed in it do not matter", () => {
    expect(cancelCodeSchema.parse({ phone: "06 12345678", code: "048 213" })).toEqual({ phone: "+31612345678", code: "048213" });
    expect(cancelCodeSchema.safeParse({ phone: "06 12345678", code: "12345" }).success).toBe(false);
    expect(cancelCodeSchema.safeParse({ phone: "", code: "123456" }).success).toBe(false);
  });
});

describe("message length", () => {
  it("counts GSM-7 segments and UCS-2 segments", () => {
    expect(isGsm7("Café op het plein")).toBe(true);
    expect(isGsm7("Kerstmarkt ë")).toBe(false);
    expect(segments("a".repeat(160))).toBe(1);
    expect(segments("a".repeat(161))).toBe(2);
    expect(segments("ë".repeat(70))).toBe(1);
    expect(segments("ë".repeat(71))).toBe(2);
  });

  it("shortens a long title until the message fits one segment", () => {
    const build = (title: string) => `U bent aangemeld: ${title}. ${"x".repeat(100)}`;
    const text = fitTitle("Een hele lange titel van een activiteit in de buurt", build);
    expect(segments(text)).toBe(1);
    expect(text.length).toBe(160);
    expect(text).toMatch(/^U bent aangemeld: Een hele lange titel van een \w*\.\.\.\. x+$/);
  });
});
