import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { helpPlaces, helpTakes, smsOutbox } from "@/db/schema";
import { WRONG_CODE } from "@/lib/activities/commands/code-cancel";
import { CANCEL_CODE_TRIES } from "@/lib/activities/schema";
import { decideTake, markAttendance } from "@/lib/meedoen/commands/host";
import { offerPlace } from "@/lib/meedoen/commands/offer";
import { takePlace, withdrawOwnTake, withdrawTakesByCode } from "@/lib/meedoen/commands/take";
import { certificateRows } from "@/lib/meedoen/certificate-rows";
import { certificateByCode, ownTakes, takesOfPhone } from "@/lib/meedoen/queries/own";
import { offerSchema } from "@/lib/meedoen/schema";
import { FieldRefusal } from "@/lib/platform/errors";
import { segments } from "@/lib/platform/sms/segments";
import { createInitiative, createUser } from "../support/factories";
import { createPlaceRow, newPhone, refusal } from "../support/meedoen-factory";
import { emailOf } from "../support/notifications";

const db = () => getDb();
const BASE = "http://test.local";
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

const raw = (initiativeId: number, more: Record<string, string>) => ({
  task: "Soep maken voor de buren",
  wijkId: "1",
  address: "Stackstraat 1",
  startsAt: "2030-08-08T10:00",
  endsAt: "2030-08-08T13:30",
  places: "2",
  hostName: "Anna",
  initiativeId: String(initiativeId),
  ...more,
});

/** Three dates a week apart from now, one series. */
function series(hostId: string | null, places = 2) {
  const first = createPlaceRow(hostId, { places });
  getDb().update(helpPlaces).set({ seriesId: first }).where(eq(helpPlaces.id, first)).run();
  const start = db().select({ startsAt: helpPlaces.startsAt }).from(helpPlaces).where(eq(helpPlaces.id, first)).get()!.startsAt;
  const others = [1, 2].map((weeks) =>
    createPlaceRow(hostId, { places, seriesId: first, startsAt: new Date(start.getTime() + weeks * 7 * DAY), endsAt: new Date(start.getTime() + weeks * 7 * DAY + 3 * HOUR) }),
  );
  return [first, ...others];
}

describe("a place on a few dates", () => {
  it("is offered in one form: one row per date with the first date's times, one series, one logbook line", () => {
    const initiator = createUser();
    const idea = createInitiative(initiator);
    const data = offerSchema.parse(raw(idea, { date2: "2030-08-15", date3: "", date4: "2030-08-22" }));
    const { id } = offerPlace(db(), { actor: { id: initiator, staff: false }, data });
    const rows = db().select().from(helpPlaces).where(eq(helpPlaces.seriesId, id)).orderBy(helpPlaces.startsAt).all();
    expect(rows.map((row) => row.id)[0]).toBe(id);
    expect(rows.map((row) => [row.startsAt.toISOString(), row.endsAt.toISOString()])).toEqual([
      ["2030-08-08T08:00:00.000Z", "2030-08-08T11:30:00.000Z"],
      ["2030-08-15T08:00:00.000Z", "2030-08-15T11:30:00.000Z"],
      ["2030-08-22T08:00:00.000Z", "2030-08-22T11:30:00.000Z"],
    ]);
    expect(new Set(rows.map((row) => row.places))).toEqual(new Set([2]));
  });

  it("refuses a day twice or a day that has passed, at its own field; one date makes no series", () => {
    const idea = createInitiative(createUser());
    const twice = offerSchema.safeParse(raw(idea, { date2: "2030-08-08" }));
    expect(twice.success ? [] : twice.error.issues.map((issue) => issue.path.join("."))).toEqual(["date2"]);
    const bad = offerSchema.safeParse(raw(idea, { date5: "2030-02-31" }));
    expect(bad.success ? [] : bad.error.issues.map((issue) => issue.path.join("."))).toEqual(["date5"]);
    const initiator = createUser();
    const data = offerSchema.parse(raw(createInitiative(initiator), { date3: "2020-01-01" }));
    const past = refusal(() => offerPlace(db(), { actor: { id: initiator, staff: false }, data }));
    expect(past instanceof FieldRefusal && past.field).toBe("date3");
    const single = offerPlace(db(), { actor: { id: initiator, staff: false }, data: offerSchema.parse(raw(createInitiative(initiator), {})) });
    expect(db().select({ seriesId: helpPlaces.seriesId }).from(helpPlaces).where(eq(helpPlaces.id, single.id)).get()!.seriesId).toBeNull();
  });

  it("a resident takes one date, or all dates with room in one step; hours count per date", () => {
    const hostId = createUser("bewoner", "Anna");
    const [first, second, third] = series(hostId, 1);
    takePlace(db(), { placeId: second!, user: null, name: "Els", phone: newPhone(), baseUrl: BASE });
    const userId = createUser("bewoner", "Piet");
    const user = { id: userId, name: "Piet", email: emailOf(userId) };
    const one = takePlace(db(), { placeId: first!, user, baseUrl: BASE });
    expect(one).toMatchObject({ dates: 1, existing: false });
    withdrawOwnTake(db(), { userId, takeId: one.takeId, baseUrl: BASE });
    const all = takePlace(db(), { placeId: first!, allDates: true, user, baseUrl: BASE });
    // The second date is full: the first and third are taken, with one mail.
    expect(all).toMatchObject({ dates: 2, existing: false });
    expect(all.places.map((place) => place.id)).toEqual([first, third]);
    expect(takePlace(db(), { placeId: first!, allDates: true, user, baseUrl: BASE })).toMatchObject({ existing: true, dates: 0 });

    const takes = db().select({ id: helpTakes.id }).from(helpTakes).where(eq(helpTakes.userId, userId)).all();
    for (const take of takes) decideTake(db(), { actor: { id: hostId, staff: false }, takeId: take.id, accept: true, baseUrl: BASE });
    const later = new Date(Date.now() + 30 * DAY);
    for (const take of takes) markAttendance(db(), { actor: { id: hostId, staff: false }, takeId: take.id, came: true, skills: [], now: later, baseUrl: BASE });
    expect(ownTakes(userId).map((take) => take.hours)).toEqual([3, 3]);
    // Each date's certificate shows every date of the series the person came to, and the hours together.
    const certificate = certificateByCode(ownTakes(userId)[0]!.code!)!;
    expect(certificate.dates.map((date) => date.hours)).toEqual([3, 3]);
    expect(certificate.totalHours).toBe(6);
    expect(certificateRows(certificate).map(([label, lines]) => [label, lines.length])).toEqual([["Wat", 1], ["Dagen", 2], ["Uren samen", 1], ["Samen met", 1]]);
  });
});

describe("the places of a number", () => {
  it("are the places taken with that number without an account, for a data download; another number's or an account's are not", () => {
    const [first, second] = series(null, 3);
    const phone = newPhone();
    takePlace(db(), { placeId: first!, user: null, name: "Karin", phone, baseUrl: BASE });
    takePlace(db(), { placeId: second!, user: null, name: "Els", phone: newPhone(), baseUrl: BASE });
    const userId = createUser("bewoner", "Anna");
    takePlace(db(), { placeId: second!, user: { id: userId, name: "Anna", email: emailOf(userId) }, baseUrl: BASE });
    expect(takesOfPhone(phone).map((take) => [take.placeId, take.name])).toEqual([[first, "Karin"]]);
    expect(takesOfPhone(newPhone())).toEqual([]);
  });
});

describe("a guest cancels with the code from the text message", () => {
  const codeOf = (phone: string) => db().select().from(smsOutbox).where(eq(smsOutbox.to, phone)).all().at(-1)!.text.match(/code (\d{6})$/)![1]!;
  const cancel = (phone: string, code: string, now?: Date) => withdrawTakesByCode(db(), { phone, code, baseUrl: BASE, ip: "203.0.113.9", now });

  it("every date taken in that step goes, in one segment's message; the places are free again", () => {
    const [first, second, third] = series(createUser("bewoner", "Anna"));
    const phone = newPhone();
    const { takeId } = takePlace(db(), { placeId: first!, allDates: true, user: null, name: "Karin", phone, baseUrl: BASE });
    const sms = db().select().from(smsOutbox).where(eq(smsOutbox.to, phone)).all().at(-1)!.text;
    expect(sms).toMatch(/^U wilt helpen op 3 dagen, eerst .+\. Binnen 5 dagen hoort u of het kan\. Toch niet\? http:\/\/test\.local\/meedoen\/afmelden code \d{6}$/);
    expect(segments(sms)).toBe(1);
    expect(takeId).toBeGreaterThan(0);
    const removed = cancel(phone, codeOf(phone));
    expect(removed.map((place) => place.id)).toEqual([first, second, third]);
    expect(db().select().from(helpTakes).where(eq(helpTakes.phone, phone)).all()).toEqual([]);
  });

  it("a wrong code is refused and counted; after the limit the right one is dead too; another number's code never works", () => {
    const placeId = createPlaceRow(null);
    const phone = newPhone();
    const other = newPhone();
    takePlace(db(), { placeId, user: null, name: "Karin", phone, baseUrl: BASE });
    takePlace(db(), { placeId, user: null, name: "Els", phone: other, baseUrl: BASE });
    const code = codeOf(phone);
    const wrong = code === "000000" ? "111111" : "000000";
    expect(refusal(() => cancel(other, code)).userMessage).toBe(WRONG_CODE);
    expect(refusal(() => cancel(phone, wrong)).userMessage).toBe(WRONG_CODE);
    expect(db().select({ tries: helpTakes.cancelCodeTries }).from(helpTakes).where(eq(helpTakes.phone, phone)).get()!.tries).toBe(1);
    for (let i = 1; i < CANCEL_CODE_TRIES; i++) refusal(() => cancel(phone, wrong));
    expect(refusal(() => cancel(phone, code)).userMessage).toBe(WRONG_CODE);
    expect(db().select().from(helpTakes).where(inArray(helpTakes.phone, [phone, other])).all()).toHaveLength(2);
  });

  it("not once the date has begun", () => {
    const placeId = createPlaceRow(null);
    const phone = newPhone();
    takePlace(db(), { placeId, user: null, name: "Karin", phone, baseUrl: BASE });
    expect(refusal(() => cancel(phone, codeOf(phone), new Date(Date.now() + 8 * DAY))).status).toBe(404);
  });
});
