import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { users, verificationTokens } from "@/db/schema";
import { deleteAccount, removeFilesOfDeletion } from "@/lib/accounts/commands/deletion";
import { signUp } from "@/lib/activities/commands/signups";
import { removeFilesOfRemovedSignup, removeSignupDataByToken } from "@/lib/activities/commands/removal";
import { consumeRateLimit, HOURLY_LIMITS, hourlyLimitRules, type LimitedWrite } from "@/lib/platform/auth/rate-limit";
import { sendSignInLink } from "@/lib/platform/auth/sign-in-mail";
import { addComment } from "@/lib/initiatives/commands/comments";
import { deliverPendingMail } from "@/lib/platform/mail/outbox";
import { exportPersonalData } from "@/lib/accounts/queries/export";
import { cleanupPersonalData } from "@/lib/privacy/commands/retention";
import { deliverPendingSms, smsOutboxDir } from "@/lib/platform/sms/outbox";
import { smsOutbox } from "@/db/schema";
import { BASE_URL, createActivityRow, person } from "../support/activities-factory";
import { whereInDatabase, whereInOutboxFolder } from "../support/erasure";
import { createInitiative, createUser } from "../support/factories";

// Issue 12 item 6: after deletion, the address is nowhere: not in any column of any table, not in
// any rate-limit bucket, not in the mail files of the outbox folder.
const db = () => getDb();

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

describe("erasing a phone number", () => {
  const typed = (tail: string) => `06 1234 ${tail}`;
  const e164 = (tail: string) => `+3161234${tail}`;
  const inTexts = (needle: string) => whereInOutboxFolder(needle, smsOutboxDir());

  it("leaves nothing of a guest's number after 'Verwijder mijn gegevens': no column, no limit bucket, no message file", async () => {
    const ip = { ip: "203.0.113.40" };
    const one = signUp(db(), { ...person(1, ""), phone: typed("5001"), activityId: createActivityRow(), userId: null, baseUrl: BASE_URL, limit: ip });
    const two = signUp(db(), { ...person(1, ""), phone: typed("5001"), activityId: createActivityRow(), userId: null, baseUrl: BASE_URL, limit: ip });
    await deliverPendingSms();
    expect(inTexts(e164("5001")).length).toBe(2);

    // The second sign-up still uses the number: its messages stay.
    await removeFilesOfRemovedSignup(removeSignupDataByToken(db(), { token: one.cancelToken!, baseUrl: BASE_URL }));
    expect(whereInDatabase(e164("5001")).some((hit) => hit.startsWith("signups.phone"))).toBe(true);
    expect(inTexts(e164("5001")).length).toBeGreaterThan(0);

    await removeFilesOfRemovedSignup(removeSignupDataByToken(db(), { token: two.cancelToken!, baseUrl: BASE_URL }));
    expect(whereInDatabase(e164("5001"))).toEqual([]);
    // Nor in another form: as typed, or as digits without the country code (a short "5001" alone
    // would also be found inside timestamps).
    for (const form of ["1234 5001", "12345001"]) expect(whereInDatabase(form).filter((hit) => !hit.startsWith("signups.cancel"))).toEqual([]);
    expect(inTexts(e164("5001"))).toEqual([]);
  });

  it("takes the number of an account's own sign-up along when the account is deleted; the download showed it first", async () => {
    const userId = createUser("bewoner", "Met nummer");
    const email = `nummer-${Date.now()}@test.nl`;
    db().update(users).set({ email }).where(eq(users.id, userId)).run();
    signUp(db(), { ...person(1, email), phone: typed("5002"), activityId: createActivityRow(), userId, baseUrl: BASE_URL, limit: { ip: "203.0.113.41" } });
    // A message to that number (e.g. from a sign-up by phone that was later linked) is in the download.
    db().insert(smsOutbox).values({ to: e164("5002"), text: "U bent aangemeld: BBQ" }).run();
    await deliverPendingSms();
    const exported = exportPersonalData(userId);
    expect(exported.signups.map((signup) => signup.phone)).toEqual([e164("5002")]);
    expect(exported.textMessages.map((sms) => sms.text)).toEqual(["U bent aangemeld: BBQ"]);

    await removeFilesOfDeletion(deleteAccount(db(), { userId, baseUrl: BASE_URL }));
    expect(whereInDatabase(e164("5002"))).toEqual([]);
    expect(inTexts(e164("5002"))).toEqual([]);
  });

  it("the retention cleanup removes old sent text messages and keeps recent ones", () => {
    const old = new Date(Date.now() - 400 * 86_400_000);
    db().insert(smsOutbox).values([
      { to: e164("5003"), text: "Oud", sentAt: old, createdAt: old },
      { to: e164("5003"), text: "Nieuw", sentAt: new Date(), createdAt: new Date() },
    ]).run();
    expect(cleanupPersonalData(db()).textsRemoved).toBeGreaterThanOrEqual(1);
    expect(db().select({ text: smsOutbox.text }).from(smsOutbox).where(eq(smsOutbox.to, e164("5003"))).all()).toEqual([{ text: "Nieuw" }]);
  });
});
