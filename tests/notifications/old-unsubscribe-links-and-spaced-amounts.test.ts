import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { parseEuros } from "@/lib/platform/money";
import { budgetLineSchema, paymentSchema } from "@/lib/funds/schema";
import { savePreferences } from "@/lib/notifications/commands/preferences";
import { issueUnsubscribe, unsubscribeByToken, unsubscribeTopic } from "@/lib/notifications/commands/unsubscribe";
import { createUser } from "../support/factories";

/* Issue 21, item 9b and 9c. */

const db = () => getDb();
const choicesOf = (userId: string) => db().select({ followMails: users.followMails, staffMails: users.staffMails }).from(users).where(eq(users.id, userId)).get()!;
const tokenOf = (page: string) => page.split("/afmelden/")[1]!;

describe("an unsubscribe link stops working once the person changes their choice", () => {
  it("an old link does not unsubscribe again after the person chose mail again", () => {
    const userId = createUser();
    const first = tokenOf(issueUnsubscribe(db(), userId, "follow").page);
    const second = tokenOf(issueUnsubscribe(db(), userId, "follow").page);
    expect(unsubscribeByToken(db(), first)).toBe("follow");
    expect(choicesOf(userId).followMails).toBe("never");
    // Pressing the button again, or the link from another mail, changes nothing while the choice stands.
    expect(unsubscribeByToken(db(), first)).toBe("follow");

    savePreferences(db(), { userId, followMails: "weekly", staffMails: "direct" });
    for (const old of [first, second]) {
      expect(unsubscribeTopic(db(), old)).toBeNull();
      expect(unsubscribeByToken(db(), old)).toBeNull();
    }
    expect(choicesOf(userId).followMails).toBe("weekly");

    // A mail sent after the new choice has a link that works.
    const fresh = tokenOf(issueUnsubscribe(db(), userId, "follow").page);
    expect(unsubscribeByToken(db(), fresh)).toBe("follow");
    expect(choicesOf(userId).followMails).toBe("never");
  });

  it("changing one topic leaves the links of the other working", () => {
    const userId = createUser("buurtwerker");
    const staff = tokenOf(issueUnsubscribe(db(), userId, "staff").page);
    const follow = tokenOf(issueUnsubscribe(db(), userId, "follow").page);
    savePreferences(db(), { userId, followMails: "direct", staffMails: "direct" });
    expect(unsubscribeTopic(db(), staff)).toBe("staff");
    expect(unsubscribeTopic(db(), follow)).toBeNull();
    // Saving the same choice again changes nothing, so the links stay.
    const again = tokenOf(issueUnsubscribe(db(), userId, "follow").page);
    savePreferences(db(), { userId, followMails: "direct", staffMails: "direct" });
    expect(unsubscribeTopic(db(), again)).toBe("follow");
  });
});

describe("amounts with spaces inside", () => {
  it.each(["5 5", "1 250", "12 ,50", "1.250, 50", "5\u00a05", "5€5", "€ 1 000"])("%j is no amount", (typed) => {
    expect(parseEuros(typed)).toBeNull();
  });

  it.each([
    ["€ 12,-", 1_200],
    [" 0,01 ", 1],
    ["€ 1.250,50", 125_050],
    ["12 euro", 1_200],
    ["EUR 7", 700],
  ])("%j around the amount is fine: %i cents", (typed, cents) => {
    expect(parseEuros(typed)).toBe(cents);
  });

  it("the field says in Dutch to type the amount without spaces", () => {
    for (const schema of [budgetLineSchema, paymentSchema]) {
      const refused = schema.safeParse({ initiativeId: "1", grantId: "1", on: "2026-11-25", whatFor: "Zaden", amount: "5 5" });
      expect(refused.success).toBe(false);
      const issue = refused.error!.issues.find((one) => one.path[0] === "amount")!;
      expect(issue.message).toBe("Typ het bedrag zonder spaties, bijvoorbeeld 1250 of 1.250,50.");
    }
  });
});
