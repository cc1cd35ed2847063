import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { centsToDecimal, formatEuros, parseEuros } from "@/lib/platform/money";
import { AMOUNT_MAX_CENTS, EMAIL_MAX } from "@/lib/funds/fields";
import { budgetLineSchema, decisionSchema } from "@/lib/funds/schema";

describe("euro amounts as typed, in whole cents", () => {
  it.each([
    ["1250", 125_000],
    ["1.250", 125_000],
    ["1.250,50", 125_050],
    ["1250,5", 125_050],
    ["12.50", 1_250],
    ["€ 12,-", 1_200],
    ["€1.000.000", 100_000_000],
    [" 0,01 ", 1],
  ])("%s is %i cents", (typed, cents) => expect(parseEuros(typed)).toBe(cents));

  it.each(["", "abc", "12,345", "1,2,3", "-5", "1.25.0", "12.3456", "1e5", "0x10"])("%s is no amount", (typed) =>
    expect(parseEuros(typed)).toBeNull(),
  );

  it("formats and parses back to the same cents, for any amount", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (cents) => {
        expect(parseEuros(formatEuros(cents))).toBe(cents);
        expect(parseEuros(centsToDecimal(cents))).toBe(cents);
        expect(Number.isInteger(parseEuros(formatEuros(cents)))).toBe(true);
      }),
    );
  });

  it("the form schema gives cents and a Dutch message at the field", () => {
    expect(budgetLineSchema.parse({ initiativeId: "1", whatFor: "Zaden", amount: "1.250,50" }).amount).toBe(125_050);
    const refused = budgetLineSchema.safeParse({ initiativeId: "1", whatFor: "Zaden", amount: "veel" });
    expect(refused.success).toBe(false);
    expect(refused.error!.issues[0]!.path).toEqual(["amount"]);
    expect(refused.error!.issues[0]!.message).toMatch(/Vul een bedrag in euro's in/);
  });

  it("amounts from 1 cent up to the limit the forms show, not one cent more; the contact's e-mail up to its limit", () => {
    const line = (amount: string) => budgetLineSchema.safeParse({ initiativeId: "1", whatFor: "x", amount });
    expect(line("0,01").data?.amount).toBe(1);
    expect(line(formatEuros(AMOUNT_MAX_CENTS)).data?.amount).toBe(AMOUNT_MAX_CENTS);
    expect(line(formatEuros(AMOUNT_MAX_CENTS + 1)).success).toBe(false);
    expect(line("0").success).toBe(false);
    const email = (length: number) => `${"a".repeat(length - "@heerlen.nl".length)}@heerlen.nl`;
    const decide = (contactEmail: string) =>
      decisionSchema.safeParse({ decision: "grant", initiativeId: "1", fundId: "1", amount: "1", contactName: "K", contactEmail }).success;
    expect(decide(email(EMAIL_MAX))).toBe(true);
    expect(decide(email(EMAIL_MAX + 1))).toBe(false);
  });
});
