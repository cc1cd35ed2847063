import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { accounts, comments, initiatives, users, verificationTokens } from "@/db/schema";
import { deleteAccount } from "@/lib/accounts/commands/deletion";
import { addComment } from "@/lib/initiatives/commands/comments";
import { reportContent, REPORTS_TO_HIDE } from "@/lib/initiatives/commands/reports";
import { BASE_URL } from "../support/activities-factory";
import { createEstablishedUser, createInitiative, createUser, nextRangeKey } from "../support/factories";

// Claims of docs/privacy.md (Delete my account) that tests/privacy/deletion-keeps-public-contributions.test.ts does not check.

const db = () => getDb();
const emailOf = (userId: string) => db().select({ email: users.email }).from(users).where(eq(users.id, userId)).get()!.email;
const HOUR = 3_600_000;

describe("deleting an account also deletes", () => {
  it("its Auth.js accounts rows", () => {
    const leaver = createUser();
    const stays = createUser();
    for (const userId of [leaver, stays]) {
      db().insert(accounts).values({ userId, type: "email", provider: "nodemailer", providerAccountId: emailOf(userId) }).run();
    }
    deleteAccount(db(), { userId: leaver, baseUrl: BASE_URL });
    expect(db().select().from(accounts).where(eq(accounts.userId, leaver)).all()).toEqual([]);
    expect(db().select().from(accounts).where(eq(accounts.userId, stays)).all()).toHaveLength(1);
  });

  it("the sign-in tokens of its address, and no one else's", () => {
    const leaver = createUser();
    const stays = createUser();
    for (const userId of [leaver, stays]) {
      db().insert(verificationTokens).values({ identifier: emailOf(userId), token: `hash-${userId}`, expires: new Date(Date.now() + HOUR) }).run();
    }
    deleteAccount(db(), { userId: leaver, baseUrl: BASE_URL });
    expect(db().select().from(verificationTokens).where(eq(verificationTokens.identifier, emailOf(stays))).all()).toHaveLength(1);
    expect(db().select().from(verificationTokens).where(eq(verificationTokens.token, `hash-${leaver}`)).all()).toEqual([]);
  });
});

describe("content that reports hid", () => {
  it("stays hidden when its reporters delete their accounts", () => {
    const idea = createInitiative(createUser());
    const commentId = addComment(db(), { userId: createUser(), initiativeId: idea, body: "Kwetsend." });
    const reporters = Array.from({ length: REPORTS_TO_HIDE }, () => createEstablishedUser());
    for (const reporterId of reporters) {
      const rangeKey = nextRangeKey();
      reportContent(db(), { reporterId, initiativeId: idea, commentId, reason: "kwetsend", rangeKey });
      reportContent(db(), { reporterId, initiativeId: idea, reason: "spam", rangeKey });
    }
    const hiddenAt = () => ({
      idea: db().select({ at: initiatives.hiddenAt }).from(initiatives).where(eq(initiatives.id, idea)).get()!.at,
      comment: db().select({ at: comments.hiddenAt }).from(comments).where(eq(comments.id, commentId)).get()!.at,
    });
    const hidden = hiddenAt();
    expect(hidden.idea).not.toBeNull();
    expect(hidden.comment).not.toBeNull();

    deleteAccount(db(), { userId: reporters[0]!, baseUrl: BASE_URL });
    expect(hiddenAt()).toEqual(hidden);
    for (const reporterId of reporters.slice(1)) deleteAccount(db(), { userId: reporterId, baseUrl: BASE_URL });
    expect(hiddenAt()).toEqual(hidden);
  });
});
