import { eq, isNotNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { feedbackInvites, mailOutbox, signups, surveyLinks, users } from "@/db/schema";
import { sendFeedbackInvites } from "@/lib/effect/commands/feedback";
import { createActivityRow } from "../support/activities-factory";
import { deleteAccount } from "@/lib/accounts/commands/deletion";
import { offerHelp } from "@/lib/initiatives/commands/backing";
import { addComment } from "@/lib/initiatives/commands/comments";
import { applyTransition } from "@/lib/initiatives/commands/transition";
import { mailDirectBatch } from "@/lib/notifications/commands/deliver";
import { leaveContact, removeExpiredContacts, stopContact } from "@/lib/projects/commands/contacts";
import { addFeedback, sendFeedback } from "@/lib/projects/commands/feedback";
import { createOpenProject } from "../support/projects-factory";
import { queueDigestBatch } from "@/lib/notifications/commands/digest";
import { createInitiative, createUser } from "../support/factories";
import { whereInDatabase } from "../support/erasure";
import { mailsFor, setChoice } from "../support/notifications";
import { addNote, recordReview } from "@/lib/trajectories/commands/work";
import { newCoach, startFor, startForPhone } from "../support/trajectories-factory";
import { removeOwnPhoneTrajectory, requestTrajectoryCode } from "@/lib/trajectories/commands/phone-access";

const db = () => getDb();

describe("deleting an account leaves its name and help note nowhere", () => {
  it("not in notifications, queued or sent mails to others, or status notes: every text column of every table", () => {
    const name = "Vertrekker Zeldzaam";
    const note = "Bel mij: notitie Kwartelkoning";
    const leaver = createUser("bewoner", name);
    const initiator = createUser("bewoner", "Blijver");
    const weeklyOwner = createUser("bewoner", "Wekelijks");
    setChoice(initiator, "weekly", "direct");
    setChoice(weeklyOwner, "weekly", "weekly");
    const idea = createInitiative(initiator);
    const otherIdea = createInitiative(weeklyOwner);
    for (const id of [idea, otherIdea]) {
      offerHelp(db(), { userId: leaver, initiativeId: id, helpNote: note });
      addComment(db(), { userId: leaver, initiativeId: id, body: "Goed plan" });
    }
    // At once: queued for the initiator, and one of them already sent (the outbox keeps sent mail).
    mailDirectBatch(db());
    const [first] = mailsFor(initiator);
    db().update(mailOutbox).set({ sentAt: new Date() }).where(isNotNull(mailOutbox.id)).run();
    expect(first!.text).toContain(name);
    // The weekly owner's digest is queued but not yet sent.
    queueDigestBatch(db(), new Date());
    expect(mailsFor(weeklyOwner).some((mail) => mail.text.includes(note))).toBe(true);

    // A buurtwerker who coached an idea and then leaves: "Coach: <name>" and the initiator's mail.
    const coachName = "Coach Vertrekt Ooit";
    const coach = createUser("buurtwerker", coachName);
    const staff = createUser("beheerder", "Beheer");
    applyTransition(db(), { actor: { id: staff, role: "beheerder" }, initiativeId: idea, transition: "assign_coach", coachId: coach });
    expect(whereInDatabase(coachName).length).toBeGreaterThan(0);

    // The leaver is also a client in a participation trajectory, with the coach's notes about them;
    // and a participatiecoach who leaves has their name in other clients' consent and access records.
    const trajectoryNote = "Dossiernotitie Roerdomp";
    const participatiecoach = newCoach("Participatiecoach Vertrekt");
    const trajectoryId = startFor(participatiecoach, leaver);
    addNote(db(), { coach: participatiecoach, trajectoryId, note: trajectoryNote });
    recordReview(db(), { coach: participatiecoach, trajectoryId, on: "2026-07-01", step: 3, note: trajectoryNote });
    startFor(participatiecoach, createUser("bewoner", "Blijvende deelnemer"));
    expect(whereInDatabase(trajectoryNote).length).toBeGreaterThan(0);

    expect(whereInDatabase(name).length).toBeGreaterThan(0);
    expect(whereInDatabase(note).length).toBeGreaterThan(0);
    deleteAccount(db(), { userId: leaver, baseUrl: "http://test.local" });
    deleteAccount(db(), { userId: coach, baseUrl: "http://test.local" });
    deleteAccount(db(), { userId: participatiecoach.id, baseUrl: "http://test.local" });
    expect(whereInDatabase(trajectoryNote)).toEqual([]);
    expect(whereInDatabase(participatiecoach.name)).toEqual([]);
    expect(whereInDatabase(name)).toEqual([]);
    expect(whereInDatabase(note)).toEqual([]);
    expect(whereInDatabase(coachName)).toEqual([]);
    // Nor its id, outside the audit log (which keeps ids of staff acts, never names).
    for (const id of [leaver, coach, participatiecoach.id]) expect(whereInDatabase(id).filter((hit) => !hit.startsWith("audit_log."))).toEqual([]);
  });

  it("takes the one-time links of 'Hoe was het?' with it: they stop working", () => {
    const leaver = createUser("bewoner", "Vertrekt Na BBQ");
    const email = db().select({ email: users.email }).from(users).where(eq(users.id, leaver)).get()!.email;
    const startsAt = new Date(Date.UTC(2026, 7, 8, 15));
    const activityId = createActivityRow({ startsAt, endsAt: new Date(startsAt.getTime() + 3 * 3_600_000), signupDeadline: startsAt });
    db().insert(signups).values({ activityId, userId: leaver, name: "Vertrekt Na BBQ", email, partySize: 1, status: "bevestigd", checkedInAt: startsAt }).run();
    expect(sendFeedbackInvites(db(), { now: new Date(Date.UTC(2026, 7, 9, 8)), baseUrl: "http://test.local" })).toBe(1);
    expect(db().select().from(feedbackInvites).all()).toHaveLength(1);
    deleteAccount(db(), { userId: leaver, baseUrl: "http://test.local" });
    expect(db().select().from(feedbackInvites).all()).toEqual([]);
    expect(db().select().from(surveyLinks).all()).toEqual([]);
  });

  it("'Verwijder mijn traject' of a client without an account leaves their number, first name and the notes nowhere", () => {
    const phone = "+31648000917";
    const participatiecoach = newCoach("Coach Blijft");
    const trajectoryId = startForPhone(participatiecoach, phone, { firstName: "Grutto Zeldzaam" });
    addNote(db(), { coach: participatiecoach, trajectoryId, note: "Dossiernotitie Grutto" });
    requestTrajectoryCode(db(), { phone, ip: "203.0.113.91" });
    for (const secret of [phone, "Grutto Zeldzaam", "Dossiernotitie Grutto"]) expect(whereInDatabase(secret).length, secret).toBeGreaterThan(0);
    removeOwnPhoneTrajectory(db(), { trajectoryId });
    // As for every text message: the limiter counts texts per number for a day (rate_limit_hits), and
    // the sent code (neutral words) stays in the outbox until its own retention (lib/privacy/commands/retention.ts).
    const elsewhere = (hit: string) => !hit.startsWith("rate_limit_hits.") && !hit.startsWith("sms_outbox.to:");
    for (const secret of [phone, "Grutto Zeldzaam", "Dossiernotitie Grutto"]) expect(whereInDatabase(secret).filter(elsewhere), secret).toEqual([]);
  });
});

describe("a way to reach someone without an account leaves no address behind", () => {
  it("after the stop link, and after the retention job: not in the list, nor in the mails and texts sent to it", () => {
    const beheerder = createUser("beheerder");
    const actor = { id: beheerder, role: "beheerder" as const };
    const projectId = createOpenProject(beheerder);
    const [email, phone] = ["lijst.kwartelkoning@voorbeeld.nl", "+31611000071"];
    for (const [n, reach] of [{ email, phone: null }, { email: null, phone }].entries()) leaveContact(db(), { projectId, reach, ip: `10.71.${n}.1`, baseUrl: "http://test.local" });
    addFeedback(db(), { actor, projectId, topic: "Meer groen", outcome: "overgenomen", reason: "Er komen bomen." });
    sendFeedback(db(), { actor, projectId, baseUrl: "http://test.local" });
    db().update(mailOutbox).set({ sentAt: new Date() }).where(eq(mailOutbox.to, email)).run();
    expect(whereInDatabase(email).length).toBeGreaterThan(1);
    expect(whereInDatabase(phone).length).toBeGreaterThan(1);

    const newest = db().select().from(mailOutbox).where(eq(mailOutbox.to, email)).all().at(-1)!.text.match(/\/projecten\/stoppen\/([\w-]+)/)![1]!;
    expect(stopContact(db(), newest)).toBe(true);
    expect(whereInDatabase(email)).toEqual([]);

    // The number never used its stop link: the retention job takes it once terugkoppelen is long over.
    expect(whereInDatabase(phone).length).toBeGreaterThan(0);
    expect(removeExpiredContacts(db(), new Date(Date.now() + 400 * 86_400_000))).toBe(1);
    expect(whereInDatabase(phone)).toEqual([]);
  });
});
