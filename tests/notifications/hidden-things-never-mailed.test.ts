import { isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { blockAccount } from "@/lib/accounts/commands/blocking";
import { offerHelp, withdrawBacking } from "@/lib/initiatives/commands/backing";
import { addComment } from "@/lib/initiatives/commands/comments";
import { reviewContent } from "@/lib/initiatives/commands/reports";
import { queueDigestBatch, sendDigests } from "@/lib/notifications/commands/digest";
import { mailDirectBatch } from "@/lib/notifications/commands/deliver";
import { followInitiative } from "@/lib/notifications/commands/follow";
import { hideUpdate, postUpdate } from "@/lib/updates/commands/updates";
import { createInitiative, createUser } from "../support/factories";
import { mailsFor, pendingFor, setChoice } from "../support/notifications";

const db = () => getDb();
const unsentContaining = (needle: string) => db().select().from(mailOutbox).where(isNull(mailOutbox.sentAt)).all().filter((mail) => mail.text.includes(needle) || mail.html.includes(needle));

function ideaWithReader(choice: "direct" | "weekly") {
  const initiator = createUser("bewoner", "Ini");
  const coach = createUser("buurtwerker", "Coach");
  const id = createInitiative(initiator);
  const reader = createUser();
  setChoice(reader, choice, choice);
  setChoice(initiator, choice, choice);
  setChoice(coach, choice, choice);
  followInitiative(db(), { userId: reader, initiativeId: id });
  return { initiator, coach, id, reader };
}

describe("a notification mail checks its source when it is sent", () => {
  it("the weekly digest leaves out an update that staff hid in the meantime", async () => {
    const { initiator, coach, id, reader } = ideaWithReader("weekly");
    const updateId = postUpdate(db(), { userId: initiator, initiativeId: id, body: "Log opnieuw in op http://nep.example", photos: [] });
    postUpdate(db(), { userId: initiator, initiativeId: id, body: "De bankjes zijn besteld.", photos: [] });
    hideUpdate(db(), { staffId: coach, initiativeId: id, updateId, reason: "phishing" });
    await sendDigests(db());
    const mails = mailsFor(reader);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain("De bankjes zijn besteld.");
    expect(mails[0]!.text).not.toContain("nep.example");
    expect(mails[0]!.html).not.toContain("nep.example");
  });

  it("sends nothing when everything in it was hidden, and the rows count as handled", async () => {
    const { initiator, coach, id, reader } = ideaWithReader("weekly");
    const updateId = postUpdate(db(), { userId: initiator, initiativeId: id, body: "Alleen dit", photos: [] });
    hideUpdate(db(), { staffId: coach, initiativeId: id, updateId, reason: "spam" });
    await sendDigests(db());
    expect(mailsFor(reader)).toHaveLength(0);
    expect(pendingFor(reader)).toHaveLength(0);
  });

  it("a hidden comment and a withdrawn offer of help do not go out, at once or in the digest", async () => {
    for (const choice of ["direct", "weekly"] as const) {
      const { initiator, coach, id } = ideaWithReader(choice);
      const writer = createUser("bewoner", "Schrijver");
      const commentId = addComment(db(), { userId: writer, initiativeId: id, body: `Verborgen reactie ${choice}` });
      reviewContent(db(), { staffId: coach, initiativeId: id, commentId, decision: "hide", reason: "kwetsend" });
      const helper = createUser("bewoner", "Helper");
      offerHelp(db(), { userId: helper, initiativeId: id, helpNote: `Bel mij ${choice}` });
      withdrawBacking(db(), { userId: helper, initiativeId: id });
      mailDirectBatch(db());
      await sendDigests(db());
      const text = mailsFor(initiator).map((mail) => mail.text + mail.html).join("\n");
      expect(text).not.toContain("Verborgen reactie");
      expect(text).not.toContain("Bel mij");
    }
  });

  it("an update hidden while its mail still waits in the outbox does not leave, and other news is mailed again", async () => {
    const { initiator, coach, id, reader } = ideaWithReader("weekly");
    postUpdate(db(), { userId: initiator, initiativeId: id, body: "Goed nieuws blijft", photos: [] });
    const updateId = postUpdate(db(), { userId: initiator, initiativeId: id, body: "Slecht bericht", photos: [] });
    // Queue the digest without delivering it (as when the mail server is down).
    expect(queueDigestBatch(db(), new Date())).toBe(1);
    expect(unsentContaining("Slecht bericht")).toHaveLength(1);

    hideUpdate(db(), { staffId: coach, initiativeId: id, updateId, reason: "spam" });
    expect(unsentContaining("Slecht bericht")).toHaveLength(0);
    await sendDigests(db());
    const mails = mailsFor(reader);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain("Goed nieuws blijft");
    expect(mails[0]!.text).not.toContain("Slecht bericht");
  });

  it("a direct mail about a comment hidden before delivery is recalled", () => {
    const { initiator, coach, id } = ideaWithReader("direct");
    const writer = createUser("bewoner", "Schrijver");
    const commentId = addComment(db(), { userId: writer, initiativeId: id, body: "Klik hier voor geld" });
    mailDirectBatch(db());
    expect(unsentContaining("Klik hier voor geld").length).toBeGreaterThan(0);
    reviewContent(db(), { staffId: coach, initiativeId: id, commentId, decision: "hide", reason: "spam" });
    expect(unsentContaining("Klik hier voor geld")).toHaveLength(0);
    mailDirectBatch(db());
    expect(mailsFor(initiator).filter((mail) => mail.text.includes("Klik hier"))).toHaveLength(0);
  });

  it("blocking an account takes back the queued mails with its comment and its offer of help", () => {
    const { initiator, coach, id } = ideaWithReader("direct");
    const troll = createUser("bewoner", "Trol");
    addComment(db(), { userId: troll, initiativeId: id, body: "Scheldwoorden hier" });
    offerHelp(db(), { userId: troll, initiativeId: id, helpNote: "Nog meer scheldwoorden" });
    mailDirectBatch(db());
    expect(unsentContaining("scheldwoorden").length + unsentContaining("Scheldwoorden").length).toBeGreaterThan(0);
    blockAccount(db(), { actorId: coach, userId: troll, reason: "Scheldt" });
    expect(unsentContaining("cheldwoorden")).toHaveLength(0);
    mailDirectBatch(db());
    expect(mailsFor(initiator).filter((mail) => mail.text.includes("cheldwoorden"))).toHaveLength(0);
  });
});
