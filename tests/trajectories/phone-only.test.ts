import { and, eq, gt } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { helpTakes, smsOutbox, trajectories, trajectoryCodes, trajectoryTally } from "@/db/schema";
import { takePlace } from "@/lib/meedoen/commands/take";
import { trajectoryFigures } from "@/lib/stats/queries/trajectory-figures";
import {
  CODE_REFUSED,
  phoneSessionTrajectory,
  phoneSessionValue,
  redeemTrajectoryCode,
  removeOwnPhoneTrajectory,
  requestTrajectoryCode,
  TRAJECTORY_CODE_MINUTES,
  TRAJECTORY_CODE_TRIES,
  TRAJECTORY_SESSION_MINUTES,
} from "@/lib/trajectories/commands/phone-access";
import { suggestPlace, takePlaceForClient } from "@/lib/trajectories/commands/places";
import { removeExpiredTrajectories } from "@/lib/trajectories/commands/retention";
import { endTrajectory } from "@/lib/trajectories/commands/work";
import { clientFile, ownClients } from "@/lib/trajectories/queries/coach";
import { phoneTrajectories } from "@/lib/trajectories/queries/own";
import { NO_CLIENT_CONTACT, startSchema } from "@/lib/trajectories/schema";
import { createUser } from "../support/factories";
import { createPlaceRow, newPhone } from "../support/meedoen-factory";
import { newCoach, startFor, startForPhone } from "../support/trajectories-factory";

const db = () => getDb();
const BASE = "http://test.local";
const HOUR = 3_600_000;
const FORBIDDEN_WORDS = /traject|bijstand|uitkering|coach|ladder/i;
let ipCount = 0;
const newIp = () => `198.51.${100 + (++ipCount % 100)}.${ipCount}`;
const smsSince = (id: number) => db().select().from(smsOutbox).where(gt(smsOutbox.id, id)).all();
const lastSmsId = () => db().select().from(smsOutbox).all().at(-1)?.id ?? 0;
const codeIn = (text: string) => /(\d{6})/.exec(text)![1]!;

describe("starting a trajectory with only a phone number", () => {
  it("asks for an e-mail address or a 06-number, and a first name with only a number", () => {
    const base = { startsOn: "2026-01-01", plannedEndOn: "2026-06-01", hoursPerWeek: "8", kind: "vrijwillig", clientGroup: "C", startStep: "2", consent: "on" };
    expect(startSchema.safeParse({ ...base, email: "", phone: "" }).error!.flatten().fieldErrors.email).toEqual([NO_CLIENT_CONTACT]);
    expect(startSchema.safeParse({ ...base, email: "", phone: "0612345678", firstName: "" }).error!.flatten().fieldErrors.firstName).toEqual(["Vul de voornaam van de deelnemer in."]);
    expect(startSchema.safeParse({ ...base, email: "", phone: "0201234567", firstName: "Wubbo" }).error!.flatten().fieldErrors.phone).toHaveLength(1);
    expect(startSchema.safeParse({ ...base, email: "", phone: "06 1234 5678", firstName: "Wubbo" }).data).toMatchObject({ email: "", phone: "+31612345678" });
  });

  it("stores no account, the number and the first name; the coach sees the first name", () => {
    const coach = newCoach();
    const phone = newPhone();
    const id = startForPhone(coach, phone);
    expect(db().select().from(trajectories).where(eq(trajectories.id, id)).get()).toMatchObject({ clientId: null, clientPhone: phone, clientFirstName: "Wubbo" });
    expect(ownClients(coach.id)).toEqual([expect.objectContaining({ id, name: "Wubbo", email: null, phone })]);
    expect(clientFile(coach.id, id)).toMatchObject({ clientName: "Wubbo", clientEmail: null, clientPhone: phone });
  });

  it("allows one open trajectory per number, also as the number of an account's trajectory; after the end a new one may start", () => {
    const coach = newCoach();
    const phone = newPhone();
    const id = startForPhone(coach, phone);
    expect(() => startForPhone(newCoach("Anders"), phone)).toThrow("al een traject dat nog loopt");
    expect(() => startFor(coach, createUser(), { phone })).toThrow("al een traject dat nog loopt");
    endTrajectory(db(), { coach, trajectoryId: id, endedOn: "2026-03-01", outcome: "gestopt" });
    expect(startForPhone(coach, phone, { startsOn: "2026-03-02" })).toBeGreaterThan(id);
    // The database holds the rule too, whatever writes the row.
    const row = db().select().from(trajectories).where(eq(trajectories.id, id)).get()!;
    expect(() => db().insert(trajectories).values({ ...row, id: undefined, endedOn: null, outcome: null }).run()).toThrow(/UNIQUE/);
    expect(() => db().insert(trajectories).values({ ...row, id: undefined, clientPhone: null }).run()).toThrow(/CHECK/);
  });
});

describe("the places of a client without an account are the ones taken with their number", () => {
  it("the coach takes a place by the number, a place the client took by the number counts too, in attendance, hours and the figures", () => {
    const coach = newCoach();
    const phone = newPhone();
    const id = startForPhone(coach, phone);
    const coming = createPlaceRow(createUser("bewoner", "Host"));
    const before = lastSmsId();
    takePlaceForClient(db(), { coach, trajectoryId: id, placeId: coming, baseUrl: BASE });
    expect(db().select().from(helpTakes).where(eq(helpTakes.placeId, coming)).all()).toEqual([expect.objectContaining({ userId: null, phone, name: "Wubbo", status: "aangemeld" })]);
    const texts = smsSince(before);
    expect(texts.map((sms) => sms.to)).toEqual([phone]);
    expect(texts[0]!.text).not.toMatch(FORBIDDEN_WORDS);

    // A place of this month that the client took themselves with the number, and came: 3 hours.
    const now = Date.now();
    const past = createPlaceRow(null, { startsAt: new Date(now - 5 * HOUR), endsAt: new Date(now - 2 * HOUR) });
    const figuresBefore = trajectoryFigures(db(), now);
    const take = takePlace(db(), { placeId: past, user: null, name: "Wubbo", phone, baseUrl: BASE, now: new Date(now - 24 * HOUR) });
    db().update(helpTakes).set({ status: "geaccepteerd", came: true }).where(eq(helpTakes.id, take.takeId)).run();
    const file = clientFile(coach.id, id)!;
    expect(file.takes.map((t) => t.hours).sort()).toEqual([0, 3]);
    expect(file.hours).toBe(3);
    const figures = trajectoryFigures(db(), now);
    expect(figures.hoursThisMonth - figuresBefore.hoursThisMonth).toBe(3);
    expect(figures.helpersThisMonth - figuresBefore.helpersThisMonth).toBe(1);
    // Someone else's place by another number does not count.
    const stranger = takePlace(db(), { placeId: past, user: null, name: "Ander", phone: newPhone(), baseUrl: BASE, now: new Date(now - 24 * HOUR) });
    db().update(helpTakes).set({ status: "geaccepteerd", came: true }).where(eq(helpTakes.id, stranger.takeId)).run();
    expect(trajectoryFigures(db(), now).hoursThisMonth).toBe(figures.hoursThisMonth);
    expect(clientFile(coach.id, id)!.hours).toBe(3);
  });

  it("a suggestion goes by text message to the number, and says nothing about a trajectory", () => {
    const coach = newCoach();
    const phone = newPhone();
    const id = startForPhone(coach, phone);
    const placeId = createPlaceRow(null);
    const before = lastSmsId();
    suggestPlace(db(), { coach, trajectoryId: id, placeId, baseUrl: BASE });
    const [sms] = smsSince(before);
    expect(sms).toMatchObject({ to: phone });
    expect(sms!.text).toContain(`${BASE}/meedoen/${placeId}`);
    expect(sms!.text).not.toMatch(FORBIDDEN_WORDS);
  });
});

describe("/mijn-traject: the code by text message", () => {
  it("gives every number the same answer, and texts only a number with a trajectory, in neutral words", () => {
    const phone = newPhone();
    startForPhone(newCoach(), phone);
    const before = lastSmsId();
    const unknown = requestTrajectoryCode(db(), { phone: newPhone(), ip: newIp() });
    expect(smsSince(before)).toEqual([]);
    const known = requestTrajectoryCode(db(), { phone, ip: newIp() });
    expect(Object.keys(unknown)).toEqual(Object.keys(known));
    const [sms] = smsSince(before);
    expect(sms!.to).toBe(phone);
    expect(sms!.text).toMatch(/^Uw code voor Burgers maken Hrl-Nrd: \d{6}\./);
    expect(sms!.text).not.toMatch(FORBIDDEN_WORDS);
    // An unknown number's code is refused exactly like a wrong one.
    expect(() => redeemTrajectoryCode(db(), { token: unknown.token, code: "123456", ip: newIp() })).toThrow(CODE_REFUSED);
  });

  it("opens with the right code once; a wrong code counts, the fifth kills it; an old code is dead", () => {
    const phone = newPhone();
    const id = startForPhone(newCoach(), phone);
    const ip = newIp();
    let before = lastSmsId();
    const { token } = requestTrajectoryCode(db(), { phone, ip });
    const code = codeIn(smsSince(before)[0]!.text);
    expect(redeemTrajectoryCode(db(), { token, code, ip })).toBe(id);
    expect(() => redeemTrajectoryCode(db(), { token, code, ip })).toThrow(CODE_REFUSED);

    before = lastSmsId();
    const second = requestTrajectoryCode(db(), { phone, ip });
    const rightCode = codeIn(smsSince(before)[0]!.text);
    const wrong = rightCode === "000000" ? "111111" : "000000";
    for (let i = 0; i < TRAJECTORY_CODE_TRIES; i++) expect(() => redeemTrajectoryCode(db(), { token: second.token, code: wrong, ip })).toThrow(CODE_REFUSED);
    expect(() => redeemTrajectoryCode(db(), { token: second.token, code: rightCode, ip })).toThrow(CODE_REFUSED);

    const now = new Date();
    before = lastSmsId();
    const third = requestTrajectoryCode(db(), { phone, ip, now });
    const late = new Date(now.getTime() + TRAJECTORY_CODE_MINUTES * 60_000 + 1);
    expect(() => redeemTrajectoryCode(db(), { token: third.token, code: codeIn(smsSince(before)[0]!.text), ip, now: late })).toThrow(CODE_REFUSED);
  });

  it("limits the codes per number (known or not) and the tries per connection", () => {
    const phone = newPhone();
    for (let i = 0; i < 5; i++) requestTrajectoryCode(db(), { phone, ip: newIp() });
    expect(() => requestTrajectoryCode(db(), { phone, ip: newIp() })).toThrow(expect.objectContaining({ code: "rate_limited" }));
    const ip = newIp();
    const { token } = requestTrajectoryCode(db(), { phone: newPhone(), ip });
    for (let i = 0; i < 30; i++) expect(() => redeemTrajectoryCode(db(), { token, code: "123456", ip })).toThrow(CODE_REFUSED);
    expect(() => redeemTrajectoryCode(db(), { token, code: "123456", ip })).toThrow(expect.objectContaining({ code: "rate_limited" }));
  });

  it("the session opens only its own trajectory, only while it lasts, and only while the number is the same", () => {
    const phone = newPhone();
    const id = startForPhone(newCoach(), phone);
    const now = new Date();
    const value = phoneSessionValue(db(), id, now);
    expect(phoneSessionTrajectory(db(), value, now)).toBe(id);
    expect(phoneSessionTrajectory(db(), value, new Date(now.getTime() + TRAJECTORY_SESSION_MINUTES * 60_000))).toBeNull();
    const [, expires, signature] = value.split(".");
    const other = startForPhone(newCoach(), newPhone());
    expect(phoneSessionTrajectory(db(), `${other}.${expires}.${signature}`, now)).toBeNull();
    expect(phoneSessionTrajectory(db(), `${id}.${Number(expires) + 60_000}.${signature}`, now)).toBeNull();
    db().update(trajectories).set({ clientPhone: newPhone() }).where(eq(trajectories.id, id)).run();
    expect(phoneSessionTrajectory(db(), value, now)).toBeNull();
    // An account holder's trajectory never opens this way.
    const accountId = startFor(newCoach(), createUser(), { phone: newPhone() });
    expect(phoneSessionTrajectory(db(), phoneSessionValue(db(), accountId, now), now)).toBeNull();
    expect(phoneTrajectories(accountId)).toEqual([]);
  });
});

describe("removal takes the number with it; the counts stay", () => {
  it("'Verwijder mijn traject' ends it and removes every detail with the number and its codes", () => {
    const phone = newPhone();
    const id = startForPhone(newCoach(), phone);
    requestTrajectoryCode(db(), { phone, ip: newIp() });
    const now = Date.now();
    const total = trajectoryFigures(db(), now).total;
    removeOwnPhoneTrajectory(db(), { trajectoryId: id });
    expect(db().select().from(trajectories).where(eq(trajectories.clientPhone, phone)).all()).toEqual([]);
    expect(db().select().from(trajectoryCodes).where(eq(trajectoryCodes.trajectoryId, id)).all()).toEqual([]);
    expect(trajectoryFigures(db(), now).total).toBe(total);
    expect(db().select().from(trajectoryTally).all().length).toBeGreaterThan(0);
    expect(() => removeOwnPhoneTrajectory(db(), { trajectoryId: id })).toThrow(expect.objectContaining({ code: "not_found" }));
  });

  it("retention removes an ended phone-only trajectory with its number", () => {
    const coach = newCoach();
    const phone = newPhone();
    const id = startForPhone(coach, phone, { startsOn: "2021-01-01", plannedEndOn: "2021-12-31" });
    endTrajectory(db(), { coach, trajectoryId: id, endedOn: "2022-01-31", outcome: "gestopt" });
    removeExpiredTrajectories(db(), { now: new Date(Date.UTC(2026, 1, 15)), months: 24 });
    expect(db().select().from(trajectories).where(and(eq(trajectories.id, id), eq(trajectories.clientPhone, phone))).all()).toEqual([]);
  });
});
