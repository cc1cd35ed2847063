import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { helpTakes, initiatives, mailOutbox, smsOutbox } from "@/db/schema";
import { decideTake } from "@/lib/meedoen/commands/host";
import { remindUnansweredHosts } from "@/lib/meedoen/commands/reminders";
import { mailDirectBatch } from "@/lib/notifications/commands/deliver";
import { queueDigestBatch } from "@/lib/notifications/commands/digest";
import { DECLINED, takePlace } from "@/lib/meedoen/commands/take";
import { createInitiative, createUser } from "../support/factories";
import { createPlaceRow, newPhone, refusal } from "../support/meedoen-factory";
import { emailOf, mailsFor, pendingFor, setChoice } from "../support/notifications";

const db = () => getDb();
const BASE = "http://test.local";
const DAY = 24 * 60 * 60 * 1000;
const host = (id: string) => ({ id, staff: false });
const textsTo = (phone: string) => db().select().from(smsOutbox).where(eq(smsOutbox.to, phone)).all();
const mailsTo = (email: string, subject: string) => db().select().from(mailOutbox).where(eq(mailOutbox.to, email.toLowerCase())).all().filter((mail) => mail.subject === subject);

describe("after the host said no", () => {
  it("the person is told kindly with the other places, and cannot take the same place again; others still can", () => {
    const hostId = createUser("bewoner", "Anna");
    const placeId = createPlaceRow(hostId, { places: 2 });
    const phone = newPhone();
    const { takeId } = takePlace(db(), { placeId, user: null, name: "Karin", phone, baseUrl: BASE });
    decideTake(db(), { actor: host(hostId), takeId, accept: false, baseUrl: BASE });
    expect(textsTo(phone).at(-1)!.text).toMatch(/Deze keer past het niet\. Kijk bij andere plekken: http:\/\/test\.local\/meedoen$/);

    const again = refusal(() => takePlace(db(), { placeId, user: null, name: "Karin", phone, baseUrl: BASE }));
    expect(again.status).toBe(409);
    expect(again.userMessage).toBe(DECLINED);
    expect(db().select().from(helpTakes).where(eq(helpTakes.placeId, placeId)).all()).toHaveLength(1);

    const userId = createUser("bewoner", "Piet");
    const user = { id: userId, name: "Piet", email: emailOf(userId) };
    const own = takePlace(db(), { placeId, user, baseUrl: BASE });
    decideTake(db(), { actor: host(hostId), takeId: own.takeId, accept: false, baseUrl: BASE });
    expect(refusal(() => takePlace(db(), { placeId, user, baseUrl: BASE })).userMessage).toBe(DECLINED);
    expect(takePlace(db(), { placeId, user: null, name: "Els", phone: newPhone(), baseUrl: BASE }).existing).toBe(false);
  });
});

describe("a host who does not answer", () => {
  it("is reminded once after 3 days; the idea's coach hears it once after 5 days; nothing after an answer or the date", () => {
    const start = new Date();
    const hostId = createUser("bewoner", "Anna");
    const coachId = createUser("buurtwerker", "Coach");
    const ideaId = createInitiative(hostId);
    db().update(initiatives).set({ coachId }).where(eq(initiatives.id, ideaId)).run();
    const placeId = createPlaceRow(hostId, { initiativeId: ideaId, startsAt: new Date(start.getTime() + 20 * DAY), endsAt: new Date(start.getTime() + 20 * DAY + 3 * 60 * 60 * 1000) });
    const answeredPlace = createPlaceRow(hostId, { initiativeId: ideaId });
    const waiting = takePlace(db(), { placeId, user: null, name: "Karin", phone: newPhone(), baseUrl: BASE, now: start });
    const answered = takePlace(db(), { placeId: answeredPlace, user: null, name: "Els", phone: newPhone(), baseUrl: BASE, now: start });
    decideTake(db(), { actor: host(hostId), takeId: answered.takeId, accept: true, baseUrl: BASE, now: start });
    const at = (days: number) => new Date(start.getTime() + days * DAY + 1000);
    const run = (days: number) => remindUnansweredHosts(db(), { now: at(days), baseUrl: BASE });
    const reminders = () => mailsTo(emailOf(hostId), "Iemand wacht op uw antwoord");
    const escalations = () => mailsTo(emailOf(coachId), "Een bewoner wacht op antwoord").filter((mail) => mail.text.includes(`/meedoen/${placeId}/`));

    const marks = (takeId: number) => db().select({ reminded: helpTakes.hostRemindedAt, escalated: helpTakes.escalatedAt }).from(helpTakes).where(eq(helpTakes.id, takeId)).get()!;
    run(2.9);
    expect(marks(waiting.takeId)).toEqual({ reminded: null, escalated: null });
    run(3);
    run(3.5);
    expect(marks(waiting.takeId)).toEqual({ reminded: at(3), escalated: null });
    expect(reminders()).toHaveLength(1);
    expect(reminders()[0]!.text).toContain(`/meedoen/${placeId}/aanmeldingen`);
    expect(escalations()).toHaveLength(0);

    run(5);
    run(6);
    mailDirectBatch(db());
    expect(marks(waiting.takeId)).toEqual({ reminded: at(3), escalated: at(5) });
    const [told] = escalations();
    expect(escalations()).toHaveLength(1);
    expect(told!.text).toContain(`/meedoen/${placeId}/aanmeldingen`);
    // No name of the person waiting, nor the host's words.
    expect(told!.text).not.toContain("Karin");
    expect(reminders()).toHaveLength(1);
    expect(marks(answered.takeId)).toEqual({ reminded: null, escalated: null });
  });

  it("without a coach every buurtwerker hears it; a date that has begun is left alone", () => {
    const start = new Date();
    const buurtwerker = createUser("buurtwerker", "Bea");
    const placeId = createPlaceRow(null, { startsAt: new Date(start.getTime() + 10 * DAY), endsAt: new Date(start.getTime() + 10 * DAY + 60 * 60 * 1000) });
    const soon = createPlaceRow(null, { startsAt: new Date(start.getTime() + 2 * DAY), endsAt: new Date(start.getTime() + 2 * DAY + 60 * 60 * 1000) });
    takePlace(db(), { placeId, user: null, name: "Karin", phone: newPhone(), baseUrl: BASE, now: start });
    const late = takePlace(db(), { placeId: soon, user: null, name: "Els", phone: newPhone(), baseUrl: BASE, now: start });
    remindUnansweredHosts(db(), { now: new Date(start.getTime() + 6 * DAY), baseUrl: BASE });
    mailDirectBatch(db());
    const told = mailsFor(buurtwerker).filter((mail) => mail.subject === "Een bewoner wacht op antwoord");
    expect(told.filter((mail) => mail.text.includes(`/meedoen/${placeId}/`))).toHaveLength(1);
    expect(told.filter((mail) => mail.text.includes(`/meedoen/${soon}/`))).toHaveLength(0);
    expect(db().select({ at: helpTakes.escalatedAt }).from(helpTakes).where(eq(helpTakes.id, late.takeId)).get()!.at).toBeNull();
  });

  it("the buurtwerker's staff mail choice holds: at once, in the weekly digest (only while it still waits), or not at all", () => {
    const start = new Date();
    const inDays = (days: number) => new Date(start.getTime() + days * DAY + 1000);
    const placeCoachedBy = (coachId: string) => {
      const ideaId = createInitiative(createUser("bewoner", "Anna"));
      db().update(initiatives).set({ coachId }).where(eq(initiatives.id, ideaId)).run();
      const placeId = createPlaceRow(null, { initiativeId: ideaId, startsAt: inDays(20), endsAt: inDays(20.1) });
      const { takeId } = takePlace(db(), { placeId, user: null, name: "Karin", phone: newPhone(), baseUrl: BASE, now: start });
      return { placeId, takeId };
    };
    const weekly = createUser("buurtwerker", "Wim");
    const never = createUser("buurtwerker", "Nel");
    setChoice(weekly, "direct", "weekly");
    setChoice(never, "direct", "never");
    const digested = placeCoachedBy(weekly);
    const answeredSince = placeCoachedBy(weekly);
    const unwanted = placeCoachedBy(never);
    const told = (userId: string) => mailsFor(userId).filter((mail) => mail.subject === "Een bewoner wacht op antwoord");

    remindUnansweredHosts(db(), { now: inDays(5), baseUrl: BASE });
    mailDirectBatch(db(), inDays(5));
    expect(told(weekly)).toHaveLength(0);
    expect(pendingFor(weekly).map((row) => [row.kind, row.delivery])).toEqual([["place_unanswered", "weekly"], ["place_unanswered", "weekly"]]);
    // "Never" is never, and does not pass the request on to every other buurtwerker either.
    expect(pendingFor(never)).toHaveLength(0);
    expect(told(never)).toHaveLength(0);
    expect(db().select({ at: helpTakes.escalatedAt }).from(helpTakes).where(eq(helpTakes.id, unwanted.takeId)).get()!.at).toEqual(inDays(5));

    decideTake(db(), { actor: { id: weekly, staff: true }, takeId: answeredSince.takeId, accept: true, baseUrl: BASE, now: inDays(6) });
    queueDigestBatch(db(), inDays(7));
    const [digest, ...more] = mailsFor(weekly).filter((mail) => mail.subject === "Uw berichten van deze week");
    expect(more).toHaveLength(0);
    expect(digest!.text).toContain("1 bewoner wacht al 5 dagen op antwoord");
    expect(digest!.text).toContain(`/meedoen/${digested.placeId}/aanmeldingen`);
    expect(digest!.text).not.toContain(`/meedoen/${answeredSince.placeId}/`);
    expect(digest!.text).not.toContain("Karin");
    expect(pendingFor(weekly)).toHaveLength(0);
  });
});
