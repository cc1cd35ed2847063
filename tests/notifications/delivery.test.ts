import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { unsubscribeTokens, users } from "@/db/schema";
import { deleteAccount } from "@/lib/accounts/commands/deletion";
import { addComment } from "@/lib/initiatives/commands/comments";
import { sendDigests } from "@/lib/notifications/commands/digest";
import { mailDirectBatch, mailPendingNotifications } from "@/lib/notifications/commands/deliver";
import { followInitiative } from "@/lib/notifications/commands/follow";
import { unsubscribeByToken, unsubscribeTopic } from "@/lib/notifications/commands/unsubscribe";
import { postUpdate } from "@/lib/updates/commands/updates";
import { createInitiative, createUser } from "../support/factories";
import { mailsFor, pendingFor, setChoice } from "../support/notifications";

const db = () => getDb();

function followedIdea() {
  const initiator = createUser("bewoner", "Ini");
  return { initiator, id: createInitiative(initiator) };
}

describe("notification mails", () => {
  it("at once: one mail per event with a working unsubscribe link and the RFC 8058 headers", async () => {
    const { initiator, id } = followedIdea();
    const follower = createUser();
    setChoice(follower, "direct");
    followInitiative(db(), { userId: follower, initiativeId: id });
    postUpdate(db(), { userId: initiator, initiativeId: id, body: "De bankjes zijn besteld.", photos: [] });
    await mailPendingNotifications(db());
    await mailPendingNotifications(db());
    const mails = mailsFor(follower);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain("De bankjes zijn besteld.");
    const headers = mails[0]!.headers!;
    expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const token = mails[0]!.text.match(/\/afmelden\/([\w-]+)/)![1]!;
    expect(headers["List-Unsubscribe"]).toBe(`<http://localhost:3000/afmelden/${token}/een-klik>`);
    // Only the hash is stored.
    expect(db().select().from(unsubscribeTokens).all().some((row) => row.tokenHash === token)).toBe(false);
    expect(unsubscribeTopic(db(), token)).toBe("follow");

    expect(unsubscribeByToken(db(), token)).toBe("follow");
    expect(db().select({ f: users.followMails }).from(users).where(eq(users.id, follower)).get()!.f).toBe("never");
    expect(unsubscribeByToken(db(), "not-a-token")).toBeNull();
    postUpdate(db(), { userId: initiator, initiativeId: id, body: "Nog meer nieuws.", photos: [] });
    expect(pendingFor(follower)).toHaveLength(0);
  });

  it("never mails a blocked or deleted account, even with notifications waiting", async () => {
    const { initiator, id } = followedIdea();
    const blocked = createUser();
    const deleted = createUser();
    for (const user of [blocked, deleted]) {
      setChoice(user, "direct");
      followInitiative(db(), { userId: user, initiativeId: id });
    }
    postUpdate(db(), { userId: initiator, initiativeId: id, body: "Nieuws", photos: [] });
    expect(pendingFor(blocked)).toHaveLength(1);
    const deletedAddress = db().select({ email: users.email }).from(users).where(eq(users.id, deleted)).get()!.email;
    db().update(users).set({ blockedAt: new Date() }).where(eq(users.id, blocked)).run();
    deleteAccount(db(), { userId: deleted, baseUrl: "http://test.local" });
    await mailPendingNotifications(db());
    await sendDigests(db());
    expect(mailsFor(blocked)).toHaveLength(0);
    expect(db().$client.prepare("select count(*) from mail_outbox where \"to\" = ?").pluck().get(deletedAddress.toLowerCase())).toBe(0);
    // A blocked account gets no new notifications at all.
    postUpdate(db(), { userId: initiator, initiativeId: id, body: "Meer nieuws", photos: [] });
    expect(pendingFor(blocked)).toHaveLength(0);
  });

  it("the weekly digest groups per idea, mails each event once, and never after an at-once mail", async () => {
    const a = followedIdea();
    const b = followedIdea();
    const reader = createUser();
    setChoice(reader, "weekly", "weekly");
    for (const idea of [a, b]) followInitiative(db(), { userId: reader, initiativeId: idea.id });
    postUpdate(db(), { userId: a.initiator, initiativeId: a.id, body: "Eerste nieuws A", photos: [] });
    postUpdate(db(), { userId: b.initiator, initiativeId: b.id, body: "Nieuws B", photos: [] });
    postUpdate(db(), { userId: a.initiator, initiativeId: a.id, body: "Tweede nieuws A", photos: [] });
    // Mailing "at once" leaves digest rows alone.
    expect(mailDirectBatch(db())).toBeGreaterThanOrEqual(0);
    expect(mailsFor(reader)).toHaveLength(0);

    await sendDigests(db());
    const [digest, ...more] = mailsFor(reader);
    expect(more).toHaveLength(0);
    const text = digest!.text;
    // Per idea: its title once, then its news in order, then its link.
    expect(text.split(`/initiatieven/${a.id}`).length - 1).toBe(1);
    expect(text.indexOf("Eerste nieuws A")).toBeLessThan(text.indexOf("Tweede nieuws A"));
    expect(text.indexOf("Tweede nieuws A")).toBeLessThan(text.indexOf(`/initiatieven/${a.id}`));
    expect(text.indexOf(`/initiatieven/${a.id}`)).toBeLessThan(text.indexOf("Nieuws B"));
    expect(digest!.headers!["List-Unsubscribe"]).toMatch(/\/afmelden\/[\w-]+\/een-klik>$/);

    await sendDigests(db());
    await mailPendingNotifications(db());
    expect(mailsFor(reader)).toHaveLength(1);

    // Staff news in the digest is a mail of its own, with its own unsubscribe topic.
    addComment(db(), { userId: reader, initiativeId: a.id, body: "Goed bezig" });
    setChoice(a.initiator, "weekly", "weekly");
    addComment(db(), { userId: reader, initiativeId: a.id, body: "Nog een vraag" });
    await sendDigests(db());
    const initiatorMails = mailsFor(a.initiator);
    expect(initiatorMails).toHaveLength(1);
    expect(initiatorMails[0]!.subject).toBe("Uw berichten van deze week");
  });
});
