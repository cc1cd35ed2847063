import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { initiatives, settings, users } from "@/db/schema";
import { backInitiative, offerHelp } from "@/lib/initiatives/commands/backing";
import { addComment } from "@/lib/initiatives/commands/comments";
import { reportContent } from "@/lib/initiatives/commands/reports";
import { applyTransition } from "@/lib/initiatives/commands/transition";
import { alertOverdueAnswers } from "@/lib/notifications/commands/events";
import { followInitiative, unfollowInitiative } from "@/lib/notifications/commands/follow";
import { postUpdate } from "@/lib/updates/commands/updates";
import { createEstablishedUser, createInitiative, createUser, nextRangeKey } from "../support/factories";
import { toldAbout } from "../support/notifications";

const db = () => getDb();
const sorted = (...ids: string[]) => [...ids].sort();

/** An idea with an initiator, a coach, a follower, a backer-helper and an outsider. */
function cast(status: "zoekt_steun" | "ingediend" | "concept" = "zoekt_steun") {
  const initiator = createUser("bewoner", "Ini");
  const coach = createUser("buurtwerker", "Coach");
  const follower = createUser("bewoner", "Volger");
  const outsider = createUser("bewoner", "Buiten");
  const id = createInitiative(initiator, status);
  db().update(initiatives).set({ coachId: coach }).where(eq(initiatives.id, id)).run();
  if (status === "zoekt_steun") followInitiative(db(), { userId: follower, initiativeId: id });
  return { initiator, coach, follower, outsider, id };
}

describe("who is told about which event", () => {
  it("an update goes to followers, the initiator and the coach, not to its author or outsiders", () => {
    const c = cast();
    const updateId = postUpdate(db(), { userId: c.initiator, initiativeId: c.id, body: "De verf is binnen.", photos: [] });
    expect(toldAbout(`update:${updateId}`)).toEqual(sorted(c.coach, c.follower));
  });

  it("an unfollowed resident hears nothing more; backing, helping and commenting make you follow", () => {
    const c = cast();
    unfollowInitiative(db(), { userId: c.follower, initiativeId: c.id });
    const backer = createUser();
    const helper = createUser();
    const commenter = createUser();
    backInitiative(db(), { userId: backer, initiativeId: c.id });
    offerHelp(db(), { userId: helper, initiativeId: c.id, helpNote: "Ik kan verven." });
    addComment(db(), { userId: commenter, initiativeId: c.id, body: "Mooi!" });
    const updateId = postUpdate(db(), { userId: c.coach, initiativeId: c.id, body: "Nieuws", photos: [] });
    expect(toldAbout(`update:${updateId}`)).toEqual(sorted(c.initiator, backer, helper, commenter));
  });

  it("help with its note and comments go to the initiator and the coach only", () => {
    const c = cast();
    const helper = createUser("bewoner", "Helper");
    offerHelp(db(), { userId: helper, initiativeId: c.id, helpNote: "Ik heb een ladder." });
    expect(toldAbout(`help:${c.id}:${helper}`)).toEqual(sorted(c.initiator, c.coach));
    const commentId = addComment(db(), { userId: c.follower, initiativeId: c.id, body: "Wanneer begint het?" });
    expect(toldAbout(`comment:${commentId}`)).toEqual(sorted(c.initiator, c.coach));
  });

  it("reaching the support threshold is told to the initiator and the coach once", () => {
    db().insert(settings).values({ key: "supportThreshold", value: "2" }).onConflictDoUpdate({ target: settings.key, set: { value: "2" } }).run();
    const c = cast();
    backInitiative(db(), { userId: createUser(), initiativeId: c.id });
    expect(toldAbout(`threshold:${c.id}`)).toEqual([]);
    backInitiative(db(), { userId: createUser(), initiativeId: c.id });
    backInitiative(db(), { userId: createUser(), initiativeId: c.id });
    expect(toldAbout(`threshold:${c.id}`)).toEqual(sorted(c.initiator, c.coach));
    db().update(settings).set({ value: "25" }).where(eq(settings.key, "supportThreshold")).run();
  });

  it("starting, finishing and withdrawing are told to followers; the initiator has a mail of its own", () => {
    const c = cast();
    const staff = { id: c.coach, role: "buurtwerker" as const };
    applyTransition(db(), { actor: staff, initiativeId: c.id, transition: "start" });
    const [start] = toldAboutLast(c.id);
    expect(start).toEqual(sorted(c.follower));
    // A new coach keeps the status: followers are not told again that it started.
    applyTransition(db(), { actor: staff, initiativeId: c.id, transition: "assign_coach", coachId: c.coach });
    expect(statusEvents(c.id)).toBe(1);
    applyTransition(db(), { actor: staff, initiativeId: c.id, transition: "finish", note: "Klaar" });
    expect(toldAboutLast(c.id)[0]).toEqual(sorted(c.follower));
    expect(statusEvents(c.id)).toBe(2);
    const other = cast();
    applyTransition(db(), { actor: { id: other.initiator, role: "bewoner" }, initiativeId: other.id, transition: "withdraw" });
    expect(toldAboutLast(other.id)[0]).toEqual(sorted(other.coach, other.follower));
  });

  it("staff alerts go to the coach and the buurtwerkers of the wijk, else to every buurtwerker", () => {
    const local = createUser("buurtwerker", "Wijk 2");
    db().update(users).set({ wijkId: 2 }).where(eq(users.id, local)).run();
    const initiator = createUser();
    const inWijk2 = db().insert(initiatives).values({ title: "W2", pitch: "p", wijkId: 2, themeId: 1, status: "concept", initiatorId: initiator }).returning().get().id;
    applyTransition(db(), { actor: { id: initiator, role: "bewoner" }, initiativeId: inWijk2, transition: "submit" });
    expect(staffTold(inWijk2, "submitted")).toEqual([local]);

    // Wijk 3 has no buurtwerker of its own: every buurtwerker hears it.
    const inWijk3 = db().insert(initiatives).values({ title: "W3", pitch: "p", wijkId: 3, themeId: 1, status: "ingediend", initiatorId: initiator, answerDueAt: new Date(Date.now() - 1000) }).returning().get().id;
    alertOverdueAnswers(db());
    const everyWorker = db().select({ id: users.id }).from(users).where(eq(users.role, "buurtwerker")).all().map((u) => u.id).sort();
    expect(staffTold(inWijk3, "overdue")).toEqual(everyWorker);
    alertOverdueAnswers(db());
    expect(staffTold(inWijk3, "overdue")).toEqual(everyWorker);
  });

  it("content hidden by reports is told to the coach and the wijk's buurtwerkers", () => {
    const c = cast();
    const commentId = addComment(db(), { userId: c.follower, initiativeId: c.id, body: "Lelijk" });
    // Hiding takes three established residents on three networks (issue 12).
    for (let n = 0; n < 3; n++) {
      reportContent(db(), { reporterId: createEstablishedUser(), initiativeId: c.id, commentId, reason: "kwetsend", rangeKey: nextRangeKey() });
    }
    expect(staffTold(c.id, "hidden")).toContain(c.coach);
  });
});

/** The users told about the newest status notification of an idea. */
function toldAboutLast(initiativeId: number): string[][] {
  const rows = getDb().$client.prepare("select event_key from notifications where initiative_id = ? and kind = 'status' order by id desc limit 1").all(initiativeId) as { event_key: string }[];
  return rows.map((row) => toldAbout(row.event_key));
}

const statusEvents = (initiativeId: number) =>
  getDb().$client.prepare("select count(distinct event_key) from notifications where initiative_id = ? and kind = 'status'").pluck().get(initiativeId);

function staffTold(initiativeId: number, kind: string): string[] {
  return (getDb().$client.prepare("select user_id from notifications where initiative_id = ? and kind = ? order by user_id").pluck().all(initiativeId, kind) as string[]).sort();
}
