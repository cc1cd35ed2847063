import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, helpTakes, mailOutbox, smsOutbox } from "@/db/schema";
import { decideTake, markAttendance } from "@/lib/meedoen/commands/host";
import { takePlace, withdrawOwnTake } from "@/lib/meedoen/commands/take";
import { hoursOf } from "@/lib/meedoen/hours";
import { certificateByCode, ownTakes } from "@/lib/meedoen/queries/own";
import { segments } from "@/lib/platform/sms/segments";
import { createUser } from "../support/factories";
import { createPlaceRow, newPhone, refusal } from "../support/meedoen-factory";
import { emailOf, mailsFor } from "../support/notifications";

const db = () => getDb();
const BASE = "http://test.local";
const HOUR = 60 * 60 * 1000;
const textsTo = (phone: string) => db().select().from(smsOutbox).where(eq(smsOutbox.to, phone)).all();
const byPhone = (placeId: number, phone = newPhone()) => ({ phone, ...takePlace(db(), { placeId, user: null, name: "Karin", phone, baseUrl: BASE }) });
const host = (id: string) => ({ id, staff: false });
const afterStart = () => new Date(Date.now() + 7 * 24 * HOUR + 1000);

describe("taking a place", () => {
  it("by phone alone: one row, a text message without the host's words, and taking it again changes nothing", () => {
    const hostId = createUser("bewoner", "Anna");
    const placeId = createPlaceRow(hostId, { task: "Klik hier: http://kwaad.example.org" });
    const first = byPhone(placeId);
    expect(first.existing).toBe(false);
    const [sms] = textsTo(first.phone);
    expect(sms!.text).toMatch(/^U wilt helpen op .+\. Binnen 5 dagen hoort u of het kan\. Toch niet\? http:\/\/test\.local\/meedoen\/afmelden code \d{6}$/);
    expect(segments(sms!.text)).toBe(1);
    expect(sms!.text).not.toContain("kwaad");
    // The host gets a mail, without the helper's name.
    const [hostMail] = mailsFor(hostId);
    expect(hostMail!.text).toContain(`/meedoen/${placeId}/aanmeldingen`);
    expect(hostMail!.text).not.toContain("Karin");

    const again = takePlace(db(), { placeId, user: null, name: "Karin", phone: first.phone, baseUrl: BASE });
    expect(again).toMatchObject({ takeId: first.takeId, existing: true });
    expect(db().select().from(helpTakes).where(eq(helpTakes.placeId, placeId)).all()).toHaveLength(1);
  });

  it("with an account: the account's name, a mail to its address, and never more people than places", () => {
    const placeId = createPlaceRow(null, { places: 1 });
    const userId = createUser("bewoner", "Piet");
    takePlace(db(), { placeId, user: { id: userId, name: "Piet", email: emailOf(userId) }, baseUrl: BASE });
    expect(mailsFor(userId)[0]!.subject).toBe("U wilt helpen: dank u wel!");
    expect(refusal(() => byPhone(placeId)).status).toBe(409);
  });

  it("is refused once the date has begun", () => {
    const placeId = createPlaceRow(null, { startsAt: new Date(Date.now() - HOUR), endsAt: new Date(Date.now() + HOUR) });
    expect(refusal(() => byPhone(placeId)).userMessage).toMatch(/al voorbij/);
  });
});

describe("the host's answer", () => {
  it("a yes and a kind no are told to the person, written to the logbook, and given once", () => {
    const hostId = createUser("bewoner", "Anna");
    const placeId = createPlaceRow(hostId, { places: 2 });
    const yes = byPhone(placeId);
    const no = byPhone(placeId);
    decideTake(db(), { actor: host(hostId), takeId: yes.takeId, accept: true, baseUrl: BASE });
    decideTake(db(), { actor: host(hostId), takeId: no.takeId, accept: false, baseUrl: BASE });
    expect(textsTo(yes.phone).at(-1)!.text).toMatch(/^Goed nieuws: u kunt komen helpen op /);
    const kind = textsTo(no.phone).at(-1)!.text;
    expect(kind).toMatch(/^Dank u wel voor uw aanbod \(.+\)\. Deze keer past het niet\. Kijk bij andere plekken: http:\/\/test\.local\/meedoen$/);
    expect(kind.length).toBeLessThanOrEqual(160);
    const audit = db().select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.actorId, hostId), eq(auditLog.targetType, "help_take"))).all();
    expect(audit.map((a) => a.action).sort()).toEqual(["help_take.afgewezen", "help_take.geaccepteerd"]);
    expect(refusal(() => decideTake(db(), { actor: host(hostId), takeId: yes.takeId, accept: false, baseUrl: BASE })).status).toBe(409);
    // A declined place is free again.
    expect(byPhone(placeId).existing).toBe(false);
  });

  it("another resident cannot answer or mark; staff can", () => {
    const hostId = createUser("bewoner", "Anna");
    const placeId = createPlaceRow(hostId);
    const take = byPhone(placeId);
    const other = createUser("bewoner", "Jan");
    expect(refusal(() => decideTake(db(), { actor: host(other), takeId: take.takeId, accept: true, baseUrl: BASE })).status).toBe(404);
    expect(refusal(() => markAttendance(db(), { actor: host(other), takeId: take.takeId, came: true, skills: [], now: afterStart(), baseUrl: BASE })).status).toBe(404);
    const staff = createUser("buurtwerker", "Staf");
    decideTake(db(), { actor: { id: staff, staff: true }, takeId: take.takeId, accept: true, baseUrl: BASE });
    expect(db().select({ status: helpTakes.status }).from(helpTakes).where(eq(helpTakes.id, take.takeId)).get()!.status).toBe("geaccepteerd");
  });
});

describe("attendance, hours and the certificate", () => {
  it("only after the start and only for accepted people; came gives hours and a code that checks", () => {
    const hostId = createUser("bewoner", "Anna");
    const placeId = createPlaceRow(hostId);
    const userId = createUser("bewoner", "Piet");
    const { takeId } = takePlace(db(), { placeId, user: { id: userId, name: "Piet", email: emailOf(userId) }, baseUrl: BASE });
    expect(refusal(() => markAttendance(db(), { actor: host(hostId), takeId, came: true, skills: [], now: afterStart(), baseUrl: BASE })).userMessage).toMatch(/uitgenodigd/);
    decideTake(db(), { actor: host(hostId), takeId, accept: true, baseUrl: BASE });
    expect(refusal(() => markAttendance(db(), { actor: host(hostId), takeId, came: true, skills: [], baseUrl: BASE })).userMessage).toMatch(/pas vanaf/);

    markAttendance(db(), { actor: host(hostId), takeId, came: true, skills: ["koken", "samenwerken"], now: afterStart(), baseUrl: BASE });
    const [mine] = ownTakes(userId);
    expect(mine).toMatchObject({ came: true, hours: 3, skills: ["Samenwerken", "Koken"] });
    expect(mine!.code).toMatch(/^[A-HJ-NP-Z2-9]{10}$/);
    const certificate = certificateByCode(mine!.code!);
    expect(certificate).toMatchObject({ name: "Piet", hostName: "Anna", hours: 3, task: "Soep maken voor de buren" });

    // Correcting the skills keeps the code; "did not come" takes the certificate away.
    markAttendance(db(), { actor: host(hostId), takeId, came: true, skills: ["klussen"], now: afterStart(), baseUrl: BASE });
    expect(certificateByCode(mine!.code!)!.skills).toEqual(["Klussen"]);
    markAttendance(db(), { actor: host(hostId), takeId, came: false, skills: ["klussen"], now: afterStart(), baseUrl: BASE });
    expect(certificateByCode(mine!.code!)).toBeNull();
    expect(ownTakes(userId)[0]).toMatchObject({ came: false, hours: 0, code: null });
  });

  it("hours follow the date's times, to the quarter hour", () => {
    const at = new Date("2030-01-01T10:00:00Z");
    expect(hoursOf(at, new Date(at.getTime() + 2.5 * HOUR))).toBe(2.5);
    expect(hoursOf(at, new Date(at.getTime() + 100 * 60 * 1000))).toBe(1.75);
  });
});

describe("mails carry none of the words residents typed", () => {
  it("the taker's confirmation has the date and the link only", () => {
    const placeId = createPlaceRow(null, { task: "Bel 0900-oplichter" });
    const userId = createUser("bewoner", "Piet");
    takePlace(db(), { placeId, user: { id: userId, name: "Piet", email: emailOf(userId) }, baseUrl: BASE });
    const mail = db().select().from(mailOutbox).where(eq(mailOutbox.to, emailOf(userId).toLowerCase())).get()!;
    expect(mail.text).not.toContain("oplichter");
  });
});

describe("withdrawing", () => {
  it("the person's own take before the date: the place is free again and the host hears it; nobody else's, never after the start", () => {
    const hostId = createUser("bewoner", "Anna");
    const placeId = createPlaceRow(hostId, { places: 1 });
    const userId = createUser("bewoner", "Piet");
    const { takeId } = takePlace(db(), { placeId, user: { id: userId, name: "Piet", email: emailOf(userId) }, baseUrl: BASE });
    expect(refusal(() => withdrawOwnTake(db(), { userId: createUser(), takeId, baseUrl: BASE })).status).toBe(404);
    expect(refusal(() => withdrawOwnTake(db(), { userId, takeId, baseUrl: BASE, now: afterStart() })).status).toBe(409);
    withdrawOwnTake(db(), { userId, takeId, baseUrl: BASE });
    expect(db().select().from(helpTakes).where(eq(helpTakes.id, takeId)).all()).toEqual([]);
    expect(mailsFor(hostId).map((mail) => mail.subject)).toContain("Iemand kan toch niet helpen");
    expect(byPhone(placeId).existing).toBe(false);
  });
});
