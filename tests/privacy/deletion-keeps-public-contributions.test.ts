import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, backings, comments, initiatives, mailOutbox, reports, sessions, signups, users } from "@/db/schema";
import { deleteAccount, LAST_ADMIN } from "@/lib/accounts/commands/deletion";
import { signUp } from "@/lib/activities/commands/signups";
import { removeSignupDataByToken } from "@/lib/activities/commands/removal";
import { backInitiative, offerHelp } from "@/lib/initiatives/commands/backing";
import { addComment } from "@/lib/initiatives/commands/comments";
import { reportContent } from "@/lib/initiatives/commands/reports";
import { isAnonymousKey, WIPED_NAME } from "@/lib/privacy/commands/anonymise";
import { BASE_URL, createActivityRow, person } from "../support/activities-factory";
import { createInitiative, createUser } from "../support/factories";

const db = () => getDb();
const emailOf = (userId: string) => db().select({ email: users.email }).from(users).where(eq(users.id, userId)).get()!.email;
const signupRow = (id: number) => db().select().from(signups).where(eq(signups.id, id)).get()!;

describe("deleting an own account", () => {
  it("keeps public contributions without a name, cancels sign-ups and promotes the waiting list", () => {
    const leaver = createUser("bewoner", "Vertrekker");
    const other = createUser("bewoner", "Blijver");
    const email = emailOf(leaver);
    db().insert(sessions).values({ sessionToken: `s-${leaver}`, userId: leaver, expires: new Date(Date.now() + 86_400_000) }).run();

    const ownIdea = createInitiative(leaver);
    const concept = createInitiative(leaver, "concept");
    const othersIdea = createInitiative(other);
    offerHelp(db(), { userId: leaver, initiativeId: othersIdea, helpNote: "Bel mij op 06-12345678" });
    const commentId = addComment(db(), { userId: leaver, initiativeId: othersIdea, body: "Goed plan!" });
    reportContent(db(), { reporterId: leaver, initiativeId: othersIdea, commentId: undefined, reason: "spam", note: "Mijn naam is Piet" });
    const countsBefore = db().select({ b: initiatives.backingCount, h: initiatives.helperCount }).from(initiatives).where(eq(initiatives.id, othersIdea)).get();

    const activityId = createActivityRow({ places: 4 });
    const mine = signUp(db(), { ...person(4, email), phone: "0612345678", notes: "rolstoel", activityId, userId: leaver, baseUrl: BASE_URL });
    const waiting = signUp(db(), { ...person(2), activityId, userId: null, baseUrl: BASE_URL });
    expect(waiting.status).toBe("wachtlijst");
    const pastActivity = createActivityRow({ startsAt: new Date(Date.now() - 86_400_000), endsAt: new Date(Date.now() - 80_000_000), signupDeadline: new Date(Date.now() - 90_000_000) });
    const { id: pastSignup } = db().insert(signups).values({ activityId: pastActivity, name: "Vertrekker", email, partySize: 3, status: "bevestigd", checkedInAt: new Date() }).returning({ id: signups.id }).get();
    const mailsBefore = db().select({ n: sql<number>`count(*)` }).from(mailOutbox).get()!.n;

    const outcome = deleteAccount(db(), { userId: leaver, baseUrl: BASE_URL });

    expect(outcome).toMatchObject({ cancelledSignups: 1, promoted: [waiting.signupId] });
    expect(db().select().from(users).where(eq(users.id, leaver)).get()).toBeUndefined();
    expect(db().select().from(sessions).where(eq(sessions.userId, leaver)).all()).toEqual([]);
    expect(db().select({ initiatorId: initiatives.initiatorId }).from(initiatives).where(eq(initiatives.id, ownIdea)).get()).toEqual({ initiatorId: null });
    expect(db().select().from(initiatives).where(eq(initiatives.id, concept)).get()).toBeUndefined();
    expect(db().select({ authorId: comments.authorId, body: comments.body }).from(comments).where(eq(comments.id, commentId)).get()).toEqual({ authorId: null, body: "Goed plan!" });
    expect(db().select({ userId: backings.userId, helpOffered: backings.helpOffered, helpNote: backings.helpNote }).from(backings).where(eq(backings.initiativeId, othersIdea)).all()).toEqual([{ userId: null, helpOffered: true, helpNote: null }]);
    expect(db().select({ b: initiatives.backingCount, h: initiatives.helperCount }).from(initiatives).where(eq(initiatives.id, othersIdea)).get()).toEqual(countsBefore);
    // A report stays for the review of what it may have hidden, without its reporter, note or network.
    expect(db().select({ reporterId: reports.reporterId, note: reports.note, rangeKey: reports.rangeKey }).from(reports).where(eq(reports.initiativeId, othersIdea)).all()).toEqual([
      { reporterId: null, note: null, rangeKey: null },
    ]);

    expect(signupRow(mine.signupId)).toMatchObject({ status: "geannuleerd", name: WIPED_NAME, phone: null, notes: null, userId: null, cancelTokenHash: null });
    expect(isAnonymousKey(signupRow(mine.signupId).email)).toBe(true);
    expect(signupRow(pastSignup)).toMatchObject({ status: "bevestigd", partySize: 3, name: WIPED_NAME });
    expect(signupRow(pastSignup).checkedInAt).not.toBeNull();
    expect(signupRow(waiting.signupId).status).toBe("bevestigd");

    // The promoted guest is mailed; nothing is queued for (or kept about) the removed address.
    const mails = db().select({ to: mailOutbox.to, subject: mailOutbox.subject }).from(mailOutbox).where(sql`${mailOutbox.id} > ${mailsBefore}`).all();
    expect(mails.map((m) => m.to)).toEqual([signupRow(waiting.signupId).email]);
    expect(db().select().from(mailOutbox).where(eq(mailOutbox.to, email.toLowerCase())).all()).toEqual([]);

    const audit = db().select().from(auditLog).where(eq(auditLog.action, "account.deleted")).all();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toMatch(/Vertrekker|@|0612345678/);
  });

  it("refuses to delete the last beheerder, and allows it when another one exists", () => {
    db().update(users).set({ role: "bewoner" }).where(eq(users.role, "beheerder")).run();
    const admin = createUser("beheerder");
    expect(() => deleteAccount(db(), { userId: admin, baseUrl: BASE_URL })).toThrow(LAST_ADMIN);
    expect(db().select().from(users).where(eq(users.id, admin)).get()).toBeDefined();
    createUser("beheerder");
    deleteAccount(db(), { userId: admin, baseUrl: BASE_URL });
    expect(db().select().from(users).where(eq(users.id, admin)).get()).toBeUndefined();
  });

  it("leaves backings of other residents and their counts alone", () => {
    const initiator = createUser();
    const stays = createUser();
    const leaves = createUser();
    const idea = createInitiative(initiator);
    backInitiative(db(), { userId: stays, initiativeId: idea });
    backInitiative(db(), { userId: leaves, initiativeId: idea });
    deleteAccount(db(), { userId: leaves, baseUrl: BASE_URL });
    expect(db().select({ n: initiatives.backingCount }).from(initiatives).where(eq(initiatives.id, idea)).get()).toEqual({ n: 2 });
    expect(db().select({ userId: backings.userId }).from(backings).where(eq(backings.initiativeId, idea)).all().map((b) => b.userId).sort()).toEqual([null, stays].sort());
  });
});

describe("a guest removes their data with the personal link", () => {
  it("cancels an active sign-up (promoting the waiting list) and wipes name, address, phone and notes", () => {
    const activityId = createActivityRow({ places: 2 });
    const guest = signUp(db(), { ...person(2), phone: "0611111111", notes: "vegetarisch", activityId, userId: null, baseUrl: BASE_URL });
    const waiting = signUp(db(), { ...person(1), activityId, userId: null, baseUrl: BASE_URL });
    const outcome = removeSignupDataByToken(db(), { token: guest.cancelToken!, baseUrl: BASE_URL });
    expect(outcome).toMatchObject({ activityId, cancelled: true });
    expect(signupRow(guest.signupId)).toMatchObject({ status: "geannuleerd", name: WIPED_NAME, phone: null, notes: null });
    expect(signupRow(guest.signupId).cancelTokenHash).not.toBeNull();
    expect(signupRow(waiting.signupId).status).toBe("bevestigd");
    // A second press changes nothing and does not fail.
    expect(removeSignupDataByToken(db(), { token: guest.cancelToken!, baseUrl: BASE_URL })).toMatchObject({ activityId, cancelled: false });
  });

  it("refuses an unknown link", () => {
    expect(() => removeSignupDataByToken(db(), { token: "onbekend", baseUrl: BASE_URL })).toThrow("Deze link werkt niet");
  });
});
