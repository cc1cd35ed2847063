import { execFileSync } from "node:child_process";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { initiatives, mailOutbox, users } from "@/db/schema";
import { signUp } from "@/lib/activities/commands/signups";
import { exportPersonalData } from "@/lib/accounts/queries/export";
import { addBudgetLine } from "@/lib/funds/commands/requests";
import { BASE_URL, createActivityRow, person } from "../support/activities-factory";
import { createInitiative, createUser } from "../support/factories";

const db = () => getDb();
const DAY = 86_400_000;

describe("Download mijn gegevens", () => {
  it("lists sign-ups made as a guest with the account's own address, and none of anyone else", () => {
    const userId = createUser();
    const email = db().select({ email: users.email }).from(users).where(eq(users.id, userId)).get()!.email;
    const activityId = createActivityRow();
    signUp(db(), { ...person(2, email), name: "Als gast", activityId, userId: null, baseUrl: BASE_URL });
    signUp(db(), { ...person(1), name: "Iemand anders", activityId, userId: null, baseUrl: BASE_URL });

    const data = exportPersonalData(userId);
    expect(data.signups).toEqual([expect.objectContaining({ activityId, name: "Als gast", email, partySize: 2 })]);
  });
});

describe("Download mijn gegevens: money", () => {
  it("lists the budget lines of the own ideas, and nobody else's", () => {
    const userId = createUser();
    const own = createInitiative(userId, "zoekt_steun");
    const other = createInitiative(createUser(), "zoekt_steun");
    addBudgetLine(db(), { actorId: userId, initiativeId: own, whatFor: "Zaden", amount: 1250 });
    addBudgetLine(db(), { actorId: db().select({ id: initiatives.initiatorId }).from(initiatives).where(eq(initiatives.id, other)).get()!.id!, initiativeId: other, whatFor: "Verf", amount: 900 });

    const data = exportPersonalData(userId);
    expect(data.budgetLines).toEqual([expect.objectContaining({ initiativeId: own, whatFor: "Zaden", amountCents: 1250 })]);
    expect(data.spendings).toEqual([]);
    expect(data.returns).toEqual([]);
  });
});

describe("npm run data:cleanup", () => {
  it("prints what it did", () => {
    const ended = new Date(Date.now() - 400 * DAY);
    const activityId = createActivityRow({ startsAt: ended, endsAt: new Date(ended.getTime() + 3_600_000), signupDeadline: new Date(ended.getTime() - DAY) });
    for (const n of [1, 2]) signUp(db(), { ...person(n), activityId, userId: null, baseUrl: BASE_URL, now: new Date(ended.getTime() - 2 * DAY) });
    db().update(mailOutbox).set({ sentAt: ended, createdAt: ended }).run();
    const mails = db().select({ id: mailOutbox.id }).from(mailOutbox).all().length;

    // The script as `npm run data:cleanup` runs it, on this test's database (DATABASE_PATH).
    const run = () => execFileSync(path.resolve("node_modules/.bin/tsx"), ["scripts/data-cleanup.ts"], { encoding: "utf8", env: process.env });
    const first = run();
    expect(first).toMatch(/^Bewaartermijn: 3 maanden \(activiteiten die eindigden voor \d{4}-\d\d-\d\dT[\d:.]+Z\)\.$/m);
    expect(first).toContain("Aanmeldingen van gasten zonder naam en adres gemaakt: 2.");
    expect(first).toContain(`Verstuurde mails weggehaald: ${mails}.`);
    expect(mails).toBeGreaterThan(0);

    const second = run();
    expect(second).toContain("Aanmeldingen van gasten zonder naam en adres gemaakt: 0.");
    expect(second).toContain("Verstuurde mails weggehaald: 0.");
  });
});
