import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { users, verificationTokens } from "@/db/schema";
import { deleteAccount, removeFilesOfDeletion } from "@/lib/accounts/deletion";
import { removeFilesOfRemovedSignup, removeSignupDataByToken, signUp } from "@/lib/activities/commands";
import { consumeRateLimit, HOURLY_LIMITS, hourlyLimitRules, type LimitedWrite } from "@/lib/auth/rate-limit";
import { sendSignInLink } from "@/lib/auth/sign-in-mail";
import { addComment } from "@/lib/initiatives/commands/comments";
import { deliverPendingMail, outboxDir } from "@/lib/mail/outbox";
import { BASE_URL, createActivityRow, person } from "./support/activities-factory";
import { createInitiative, createUser } from "./support/factories";

// Issue 12 item 6: after deletion, the address is nowhere: not in any column of any table, not in
// any rate-limit bucket, not in the mail files of the outbox folder.
const db = () => getDb();

/** Every (table, column, value) of a text column that contains `needle`, case-insensitive. */
function whereInDatabase(needle: string): string[] {
  const raw = db().$client;
  const tables = raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  const found: string[] = [];
  for (const table of tables) {
    const columns = raw.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; type: string }[];
    for (const column of columns) {
      const rows = raw
        .prepare(`SELECT CAST("${column.name}" AS TEXT) AS value FROM "${table}" WHERE instr(lower(CAST("${column.name}" AS TEXT)), lower(?)) > 0`)
        .pluck()
        .all(needle) as string[];
      found.push(...rows.map((value) => `${table}.${column.name}: ${value.slice(0, 80)}`));
    }
  }
  return found;
}

function whereInOutboxFolder(needle: string): string[] {
  const dir = outboxDir();
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((file) => fs.readFileSync(path.join(dir, file), "utf8").toLowerCase().includes(needle.toLowerCase()));
}

const countEveryLimit = (who: string) => {
  for (const kind of Object.keys(HOURLY_LIMITS) as LimitedWrite[]) consumeRateLimit(db(), hourlyLimitRules(kind, who, "203.0.113.5"));
};

describe("erasing an address", () => {
  it("leaves nothing of a deleted account's address or id in any table or outbox file", async () => {
    const userId = createUser("bewoner", "Wisser");
    const email = `Wis.Mij-${Date.now()}@Test.nl`;
    db().update(users).set({ email }).where(eq(users.id, userId)).run();
    await sendSignInLink({ identifier: email, url: `${BASE_URL}/api/auth/callback/nodemailer?token=t&email=${encodeURIComponent(email)}`, expires: new Date(Date.now() + 3_600_000) });
    db().insert(verificationTokens).values({ identifier: email, token: "hash", expires: new Date(Date.now() + 3_600_000) }).run();
    countEveryLimit(userId);
    countEveryLimit(email.toLowerCase());
    const activityId = createActivityRow();
    signUp(db(), { ...person(2, email), activityId, userId, baseUrl: BASE_URL, limit: { ip: "203.0.113.5" } });
    signUp(db(), { ...person(2, email), activityId, userId: null, baseUrl: BASE_URL, limit: { ip: "203.0.113.5" } });
    addComment(db(), { userId, initiativeId: createInitiative(createUser()), body: "Mooi." });
    await deliverPendingMail();
    expect(whereInOutboxFolder(email).length).toBeGreaterThan(0);

    const outcome = deleteAccount(db(), { userId, baseUrl: BASE_URL });
    await removeFilesOfDeletion(outcome);

    expect(whereInDatabase(email)).toEqual([]);
    expect(whereInDatabase(userId).filter((hit) => !hit.startsWith("audit_log.target_id"))).toEqual([]);
    expect(whereInOutboxFolder(email)).toEqual([]);
  });

  it("leaves nothing of a guest's address after 'Verwijder mijn gegevens'", async () => {
    const email = `gast-wis-${Date.now()}@test.nl`;
    const ip = { ip: "203.0.113.6" };
    const one = signUp(db(), { ...person(2, email), activityId: createActivityRow(), userId: null, baseUrl: BASE_URL, limit: ip });
    const two = signUp(db(), { ...person(1, email), activityId: createActivityRow(), userId: null, baseUrl: BASE_URL, limit: ip });
    await deliverPendingMail();
    expect(whereInOutboxFolder(email).length).toBeGreaterThan(0);

    // With a second sign-up still active, its mails and the address stay: they are still needed.
    await removeFilesOfRemovedSignup(removeSignupDataByToken(db(), { token: one.cancelToken!, baseUrl: BASE_URL }));
    expect(whereInDatabase(email).some((hit) => hit.startsWith("signups.email"))).toBe(true);
    expect(whereInOutboxFolder(email).length).toBeGreaterThan(0);

    await removeFilesOfRemovedSignup(removeSignupDataByToken(db(), { token: two.cancelToken!, baseUrl: BASE_URL }));
    expect(whereInDatabase(email)).toEqual([]);
    expect(whereInOutboxFolder(email)).toEqual([]);
  });
});
