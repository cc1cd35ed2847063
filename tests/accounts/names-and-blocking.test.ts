import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, comments, initiatives, sessions, users } from "@/db/schema";
import { blockAccount, unblockAccount } from "@/lib/accounts/commands/blocking";
import { copiesStaffName, findSessionUser, signInAllowed } from "@/lib/accounts/queries/accounts";
import { profileSchema } from "@/lib/accounts/schema";
import { addComment } from "@/lib/initiatives/commands/comments";
import { getInitiativeDetail } from "@/lib/initiatives/queries/detail";
import { AppError } from "@/lib/platform/errors";
import { createInitiative, createUser } from "../support/factories";

// Issue 12 item 9: staff cannot be impersonated by name, and buurtwerkers can block an account.
const db = () => getDb();
const nameError = (displayName: string) => profileSchema.safeParse({ displayName, wijkId: "" }).error?.issues[0]?.message;
const emailOf = (id: string) => db().select({ email: users.email }).from(users).where(eq(users.id, id)).get()!.email;

describe("display names", () => {
  it("refuses a role word, also in capitals or with spaces and dots between the letters", () => {
    for (const name of ["Ruud (buurtwerker)", "Marieke (gemeente)", "BEHEERDER", "b u u r t w e r k e r", "Jan de C.o.a.c.h", "admin", "Moderator Piet", "Alliantie Noord", "Buurtw3rker Kees"]) {
      expect(nameError(name), name).toMatch(/rol/);
    }
    for (const name of ["Jan", "Fatima", "Anne-Marie", "Mehmet Yılmaz"]) expect(nameError(name), name).toBeUndefined();
  });

  it("refuses the display name of a staff member, in any case; a resident's name may be shared", () => {
    createUser("buurtwerker", "Truus Staf");
    createUser("bewoner", "Gewone Naam");
    const me = createUser();
    expect(copiesStaffName("truus staf", me)).toBe(true);
    expect(copiesStaffName("TRUUS  STAF.", me)).toBe(true);
    expect(copiesStaffName("Gewone Naam", me)).toBe(false);
    expect(copiesStaffName("Truus", me)).toBe(false);
  });
});

describe("blocking an account", () => {
  it("blocks with a reason: audit, sessions gone, no sign-in, content hidden; unblocking restores it", () => {
    const worker = createUser("buurtwerker");
    const troll = createUser("bewoner", "Trol");
    const idea = createInitiative(troll);
    const other = createInitiative(createUser());
    const commentId = addComment(db(), { userId: troll, initiativeId: other, body: "Vervelend" });
    db().insert(sessions).values({ sessionToken: `s-${troll}`, userId: troll, expires: new Date(Date.now() + 86_400_000) }).run();

    blockAccount(db(), { actorId: worker, userId: troll, reason: "Scheldt steeds buren uit." });
    expect(findSessionUser(troll)).toBeNull();
    expect(signInAllowed(emailOf(troll))).toBe(false);
    expect(signInAllowed("nieuw-iemand@test.nl")).toBe(true);
    expect(db().select().from(sessions).where(eq(sessions.userId, troll)).all()).toEqual([]);
    expect(getInitiativeDetail(idea, null)).toBeNull();
    expect(getInitiativeDetail(other, null)!.comments.map((c) => c.id)).not.toContain(commentId);
    const audit = db().select().from(auditLog).where(eq(auditLog.targetId, troll)).all();
    expect(audit.map((a) => a.action)).toEqual(["user.blocked"]);
    expect(JSON.stringify(audit[0]!.details)).toContain("Scheldt steeds buren uit.");

    unblockAccount(db(), { actorId: worker, userId: troll, reason: "Excuses aangeboden." });
    expect(findSessionUser(troll)).not.toBeNull();
    expect(signInAllowed(emailOf(troll))).toBe(true);
    expect(getInitiativeDetail(idea, null)).not.toBeNull();
    expect(getInitiativeDetail(other, null)!.comments.map((c) => c.id)).toContain(commentId);
    expect(db().select({ a: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, troll)).all().map((r) => r.a)).toEqual(["user.blocked", "user.unblocked"]);
  });

  it("keeps content that reports or staff hid hidden after unblocking", () => {
    const worker = createUser("buurtwerker");
    const troll = createUser();
    const idea = createInitiative(troll);
    db().update(initiatives).set({ hiddenAt: new Date(Date.now() - 1000) }).where(eq(initiatives.id, idea)).run();
    const commentId = addComment(db(), { userId: troll, initiativeId: createInitiative(createUser()), body: "x" });
    db().update(comments).set({ hiddenAt: new Date(Date.now() - 1000), hiddenReason: "Persoonlijke gegevens" }).where(eq(comments.id, commentId)).run();
    blockAccount(db(), { actorId: worker, userId: troll, reason: "Spam." });
    unblockAccount(db(), { actorId: worker, userId: troll, reason: "Vergissing." });
    expect(db().select({ h: initiatives.hiddenAt }).from(initiatives).where(eq(initiatives.id, idea)).get()!.h).not.toBeNull();
    expect(db().select({ r: comments.hiddenReason }).from(comments).where(eq(comments.id, commentId)).get()!.r).toBe("Persoonlijke gegevens");
  });

  it("refuses to block staff or oneself", () => {
    const worker = createUser("buurtwerker");
    expect(() => blockAccount(db(), { actorId: worker, userId: createUser("beheerder"), reason: "x" })).toThrow(AppError);
    expect(() => blockAccount(db(), { actorId: worker, userId: worker, reason: "x" })).toThrow(AppError);
  });
});
