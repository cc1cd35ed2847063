import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { activities, auditLog, mailOutbox, signups, users } from "@/db/schema";
import { cancelOwnSignup, cancelSignupByToken, signUp } from "@/lib/activities/commands/signups";
import { FieldRefusal } from "@/lib/platform/errors";
import { activitySchema, signupSchemaFor } from "@/lib/activities/schema";
import { addWalkIn, cancelActivity, setCheckIn, updateActivity } from "@/lib/activities/commands/staff";
import { hashCancelToken } from "@/lib/activities/tokens";
import { AppError } from "@/lib/platform/errors";
import { BASE_URL, createActivityRow, createSeriesRow, person } from "../support/activities-factory";
import { createUser } from "../support/factories";

const db = () => getDb();
const sign = (activityId: number, partySize: number, email?: string) =>
  signUp(db(), { ...person(partySize, email), activityId, userId: null, baseUrl: BASE_URL });
const statusOf = (id: number) => db().select().from(signups).where(eq(signups.id, id)).get()!;
const mailsTo = (email: string) => db().select().from(mailOutbox).where(eq(mailOutbox.to, email)).all();
const refusalOf = (fn: () => unknown): AppError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
};

describe("places", () => {
  it("confirms while the party fits and puts the rest on the waiting list in order of arrival", () => {
    const activityId = createActivityRow({ places: 10 });
    const a = sign(activityId, 6);
    const b = sign(activityId, 3);
    const c = sign(activityId, 2); // 1 place left: waits
    const d = sign(activityId, 1); // fits the last place
    const e = sign(activityId, 4);
    expect([a.status, b.status, c.status, d.status, e.status]).toEqual(["bevestigd", "bevestigd", "wachtlijst", "bevestigd", "wachtlijst"]);
    expect([c.position, e.position]).toEqual([1, 2]);
  });

  it("sends a confirmation mail with details, the .ics and a cancel link; stores only the hash", () => {
    const activityId = createActivityRow();
    const outcome = sign(activityId, 2, "mail@test.nl");
    const [mail] = mailsTo("mail@test.nl");
    expect(mail!.subject).toContain("U bent aangemeld");
    expect(mail!.text).toContain(`${BASE_URL}/aanmelding/${outcome.cancelToken}`);
    expect(mail!.text).toContain("U komt met 2 personen.");
    expect(mail!.attachments![0]!.content).toContain("BEGIN:VEVENT");
    const row = statusOf(outcome.signupId);
    expect(row.cancelTokenHash).toBe(hashCancelToken(outcome.cancelToken!));
    expect(JSON.stringify(row)).not.toContain(outcome.cancelToken);
  });

  it("shows the existing sign-up when the same address signs up again", () => {
    const activityId = createActivityRow({ places: 2 });
    sign(activityId, 2);
    const first = sign(activityId, 1, "Again@Test.nl");
    const second = sign(activityId, 3, "again@test.nl");
    expect(second).toMatchObject({ existing: true, signupId: first.signupId, status: "wachtlijst", position: 1, partySize: 1 });
    expect(db().select().from(signups).where(eq(signups.activityId, activityId)).all()).toHaveLength(2);
  });

  it("writes no second date of a series that allows one sign-up per address", () => {
    const seriesId = createSeriesRow("BBQ-zomer test", true);
    const first = createActivityRow({ seriesId });
    const second = createActivityRow({ seriesId });
    const existing = sign(first, 2, "serie@test.nl");
    expect(sign(second, 2, "serie@test.nl")).toMatchObject({ existing: true, signupId: existing.signupId });
    expect(db().select().from(signups).where(eq(signups.activityId, second)).all()).toHaveLength(0);
    const open = createActivityRow({ seriesId: createSeriesRow("Vrije reeks", false) });
    expect(sign(open, 2, "serie@test.nl").status).toBe("bevestigd");
  });
});

describe("cancelling and promotion", () => {
  it("promotes the first waiting sign-ups that fit, each exactly once, and mails them", () => {
    const activityId = createActivityRow({ places: 6 });
    const holder = sign(activityId, 5);
    const big = sign(activityId, 4, "big@test.nl");
    const small = sign(activityId, 2, "small@test.nl");
    const tiny = sign(activityId, 1, "tiny@test.nl");
    expect([big.status, small.status, tiny.status]).toEqual(["wachtlijst", "wachtlijst", "bevestigd"]);

    const result = cancelSignupByToken(db(), { token: holder.cancelToken!, baseUrl: BASE_URL });
    expect(result.promoted).toEqual([big.signupId]); // 5 free: big (4) fits first, then small (2) does not
    expect(statusOf(big.signupId)).toMatchObject({ status: "bevestigd" });
    expect(statusOf(big.signupId).promotedAt).not.toBeNull();
    expect(statusOf(small.signupId).status).toBe("wachtlijst");
    const promotedMail = mailsTo("big@test.nl").at(-1)!;
    expect(promotedMail.subject).toContain("U heeft een plek");
    expect(promotedMail.attachments).toHaveLength(1);

    // The new link in the promotion mail works; the first one (from the waiting-list mail) not.
    const newToken = /aanmelding\/([A-Za-z0-9_-]+)/.exec(promotedMail.text)![1]!;
    expect(refusalOf(() => cancelSignupByToken(db(), { token: big.cancelToken!, baseUrl: BASE_URL })).code).toBe("not_found");
    const second = cancelSignupByToken(db(), { token: newToken, baseUrl: BASE_URL });
    expect(second.promoted).toEqual([small.signupId]);
    expect(mailsTo("small@test.nl").filter((m) => m.subject.includes("U heeft een plek"))).toHaveLength(1);
  });

  it("refuses an unknown or reused cancel link without changing anything", () => {
    const activityId = createActivityRow();
    const outcome = sign(activityId, 2);
    expect(refusalOf(() => cancelSignupByToken(db(), { token: "onbekend", baseUrl: BASE_URL })).userMessage).toContain("afmeldlink werkt niet");
    cancelSignupByToken(db(), { token: outcome.cancelToken!, baseUrl: BASE_URL });
    const again = refusalOf(() => cancelSignupByToken(db(), { token: outcome.cancelToken!, baseUrl: BASE_URL }));
    expect(again.userMessage).toBe("U heeft zich al afgemeld. U hoeft niets meer te doen.");
  });

  it("lets a resident cancel only their own sign-up", () => {
    const owner = createUser();
    const other = createUser();
    const activityId = createActivityRow();
    const outcome = signUp(db(), { ...person(1), activityId, userId: owner, baseUrl: BASE_URL });
    expect(refusalOf(() => cancelOwnSignup(db(), { signupId: outcome.signupId, userId: other, baseUrl: BASE_URL })).code).toBe("not_found");
    cancelOwnSignup(db(), { signupId: outcome.signupId, userId: owner, baseUrl: BASE_URL });
    expect(statusOf(outcome.signupId).status).toBe("geannuleerd");
    // A sign-up made as a visitor with the account's own address counts as the resident's own.
    const email = db().select({ email: users.email }).from(users).where(eq(users.id, other)).get()!.email;
    const asVisitor = sign(activityId, 1, email.toUpperCase());
    cancelOwnSignup(db(), { signupId: asVisitor.signupId, userId: other, baseUrl: BASE_URL });
    expect(statusOf(asVisitor.signupId).status).toBe("geannuleerd");
  });

  it("promotes when the buurtwerker raises the places, and refuses fewer places than taken", () => {
    const actorId = createUser("buurtwerker");
    const activityId = createActivityRow({ places: 4 });
    sign(activityId, 4);
    const waiting = sign(activityId, 3);
    const row = db().select().from(activities).where(eq(activities.id, activityId)).get()!;
    const data = { ...row, description: row.description, seriesId: undefined, initiativeId: undefined };
    const lower = refusalOf(() => updateActivity(db(), { actorId, activityId, data: { ...data, places: 3 }, baseUrl: BASE_URL }));
    expect(lower).toBeInstanceOf(FieldRefusal);
    expect(lower.userMessage).toBe("Er zijn al 4 plekken bezet. Vul minstens 4 in.");
    expect(updateActivity(db(), { actorId, activityId, data: { ...data, places: 7 }, baseUrl: BASE_URL }).promoted).toEqual([waiting.signupId]);
    expect(db().select().from(auditLog).where(eq(auditLog.targetId, String(activityId))).all().map((a) => a.action)).toContain("activity.updated");
  });
});

describe("refusals", () => {
  it("refuses sign-ups after the deadline, for a past and for a cancelled activity", () => {
    const now = Date.now();
    const closed = createActivityRow({ signupDeadline: new Date(now - 1000) });
    expect(refusalOf(() => sign(closed, 1)).userMessage).toContain("Aanmelden kan niet meer");
    const past = createActivityRow({ startsAt: new Date(now - 5000), endsAt: new Date(now - 1000), signupDeadline: new Date(now - 9000) });
    expect(refusalOf(() => sign(past, 1)).userMessage).toContain("al begonnen of voorbij");
    const cancelled = createActivityRow({ cancelledAt: new Date(now) });
    expect(refusalOf(() => sign(cancelled, 1)).userMessage).toContain("gaat niet door");
    expect(db().select().from(signups).where(eq(signups.activityId, closed)).all()).toHaveLength(0);
  });

  it("refuses a party size above the activity's maximum in the command too", () => {
    const activityId = createActivityRow({ maxPartySize: 2 });
    expect(refusalOf(() => sign(activityId, 3))).toMatchObject({ field: "partySize" });
  });

  it("rejects bad sign-up input with a Dutch message at each field", () => {
    const schema = signupSchemaFor(6);
    const base = { name: "Anna", email: "anna@test.nl", partySize: "2", consent: "ja" };
    const messageFor = (input: Record<string, unknown>, field: string) => {
      const result = schema.safeParse(input);
      expect(result.success).toBe(false);
      return result.error!.issues.find((i) => i.path[0] === field)?.message;
    };
    expect(messageFor({ ...base, partySize: "0" }, "partySize")).toBe("Met hoeveel personen komt u? Vul minstens 1 in.");
    expect(messageFor({ ...base, partySize: "-2" }, "partySize")).toBe("Met hoeveel personen komt u? Vul minstens 1 in.");
    expect(messageFor({ ...base, partySize: "7" }, "partySize")).toBe("U kunt met hoogstens 6 personen komen per aanmelding.");
    expect(messageFor({ ...base, partySize: "twee" }, "partySize")).toBe("Vul een getal in, bijvoorbeeld 2.");
    expect(messageFor({ ...base, partySize: "" }, "partySize")).toBe("Vul in met hoeveel personen u komt.");
    expect(messageFor({ ...base, consent: undefined }, "consent")).toContain("Zet een vinkje");
    expect(messageFor({ ...base, email: "geen-mail" }, "email")).toContain("geen geldig e-mailadres");
    expect(schema.parse(base)).toMatchObject({ partySize: 2, phone: "", notes: "" });
  });

  it("rejects an end before the start and reads times as Heerlen time", () => {
    const input = {
      title: "BBQ",
      wijkId: "1",
      address: "Plein 1, Heerlen",
      startsAt: "2030-08-08T17:00",
      endsAt: "2030-08-08T16:00",
      signupDeadline: "2030-08-07T12:00",
      places: "50",
      maxPartySize: "6",
    };
    const bad = activitySchema.safeParse(input);
    expect(bad.error!.issues.find((i) => i.path[0] === "endsAt")?.message).toBe("Het einde moet na het begin liggen.");
    const good = activitySchema.parse({ ...input, endsAt: "2030-08-08T20:00" });
    expect(good.startsAt.toISOString()).toBe("2030-08-08T15:00:00.000Z"); // summer time: UTC+2
    expect(activitySchema.parse({ ...input, startsAt: "2030-12-08T17:00", endsAt: "2030-12-08T20:00", signupDeadline: "2030-12-07T12:00" }).startsAt.toISOString()).toBe("2030-12-08T16:00:00.000Z");
    expect(activitySchema.safeParse({ ...input, startsAt: "2030-02-30T17:00" }).success).toBe(false);
    const issuesOf = (changes: Record<string, string>) =>
      Object.fromEntries(activitySchema.safeParse({ ...input, endsAt: "2030-08-08T20:00", ...changes }).error!.issues.map((i) => [i.path[0], i.message]));
    expect(issuesOf({ places: "0" }).places).toBe("Er moet minstens 1 plek zijn.");
    expect(issuesOf({ places: "veel" }).places).toBe("Vul een getal in, bijvoorbeeld 50.");
    expect(issuesOf({ maxPartySize: "-1" }).maxPartySize).toBe("Vul minstens 1 in.");
    expect(issuesOf({ signupDeadline: "2030-08-09T12:00" }).signupDeadline).toBe("Aanmelden moet sluiten vóór het begin van de activiteit.");
    expect(issuesOf({ title: "", wijkId: "" })).toMatchObject({ title: "Vul een titel in van minstens 3 tekens.", wijkId: "Kies een wijk uit de lijst." });
  });
});

describe("the buurtwerker's day", () => {
  it("cancelling an activity mails everyone signed up or waiting, and closes sign-up", () => {
    const actorId = createUser("buurtwerker");
    const activityId = createActivityRow({ places: 2 });
    sign(activityId, 2, "in@test.nl");
    sign(activityId, 2, "wacht@test.nl");
    expect(cancelActivity(db(), { actorId, activityId }).mailed).toBe(2);
    expect(mailsTo("wacht@test.nl").at(-1)!.subject).toContain("Gaat niet door");
    expect(refusalOf(() => sign(activityId, 1)).userMessage).toContain("gaat niet door");
  });

  it("a new time or place is mailed to everyone signed up or waiting, once; other edits mail no one", () => {
    const actorId = createUser("buurtwerker");
    const activityId = createActivityRow({ places: 2 });
    sign(activityId, 2, "komt@test.nl");
    sign(activityId, 1, "wacht-a@test.nl");
    sign(activityId, 1, "wacht-b@test.nl");
    const row = db().select().from(activities).where(eq(activities.id, activityId)).get()!;
    const data = { ...row, seriesId: undefined, initiativeId: undefined };
    const mailCount = () => ["komt@test.nl", "wacht-a@test.nl", "wacht-b@test.nl"].map((email) => mailsTo(email).length);
    const before = mailCount();

    expect(updateActivity(db(), { actorId, activityId, data: { ...data, title: "BBQ bij de Stack", maxPartySize: 4 }, baseUrl: BASE_URL }).mailedAboutChange).toBe(0);
    expect(mailCount()).toEqual(before);

    const later = new Date(row.startsAt.getTime() + 2 * 60 * 60 * 1000);
    const moved = { ...data, title: "BBQ bij de Stack", startsAt: later, endsAt: new Date(later.getTime() + 3 * 60 * 60 * 1000), address: "Stackstraat 5" };
    expect(updateActivity(db(), { actorId, activityId, data: moved, baseUrl: BASE_URL }).mailedAboutChange).toBe(3);
    const [confirmed, waiting] = [mailsTo("komt@test.nl").at(-1)!, mailsTo("wacht-a@test.nl").at(-1)!];
    expect(confirmed.subject).toBe("Veranderd: BBQ bij de Stack");
    expect(confirmed.text).toContain("de tijd en de plek zijn veranderd");
    expect(confirmed.text).toContain("Waar: Stackstraat 5");
    expect(confirmed.text).toContain("Eerst was het:");
    expect(confirmed.attachments).toHaveLength(1);
    expect(waiting.text).toContain("U staat nog op de wachtlijst.");
    expect(waiting.attachments).toBeNull();

    // Two more places and a new address: wacht-a moves up and reads the address in the place mail only.
    const counts = mailCount();
    const result = updateActivity(db(), { actorId, activityId, data: { ...moved, places: 3, address: "Stackstraat 7" }, baseUrl: BASE_URL });
    expect(result).toMatchObject({ mailedAboutChange: 2 });
    expect(mailCount()).toEqual(counts.map((n) => n + 1));
    expect(mailsTo("wacht-a@test.nl").at(-1)!.subject).toBe("U heeft een plek: BBQ bij de Stack");
    expect(mailsTo("wacht-a@test.nl").at(-1)!.text).toContain("Stackstraat 7");
    const audit = db().select().from(auditLog).where(eq(auditLog.targetId, String(activityId))).all().at(-1)!;
    expect(audit.details).toMatchObject({ changed: { time: false, place: true }, mailed: 2 });
  });

  it("checks people in and adds walk-ins that do not take places", () => {
    const actorId = createUser("buurtwerker");
    const activityId = createActivityRow({ places: 2 });
    const signup = sign(activityId, 2);
    setCheckIn(db(), { actorId, activityId, signupId: signup.signupId, present: true });
    expect(statusOf(signup.signupId).checkedInAt).not.toBeNull();
    addWalkIn(db(), { actorId, activityId, name: "", partySize: 3 });
    expect(sign(activityId, 1).status).toBe("wachtlijst"); // walk-ins did not free or take places
    const actions = db().select().from(auditLog).all().map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["signup.checked_in", "signup.walk_in_added"]));
  });
});
