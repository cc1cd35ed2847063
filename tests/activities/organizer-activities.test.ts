import { and, eq, like } from "drizzle-orm";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { activities, activityMessages, activityReports, auditLog, follows, initiatives, mailOutbox, notifications, signups, smsOutbox, users } from "@/db/schema";
import { GET as activitiesApi } from "@/app/api/v1/activities/route";
import { blockAccount } from "@/lib/accounts/commands/blocking";
import { deleteAccount } from "@/lib/accounts/commands/deletion";
import { exportPersonalData } from "@/lib/accounts/queries/export";
import { reportActivity, restoreUnconfirmedActivityHides } from "@/lib/activities/commands/activity-reports";
import { addWorkingDays } from "@/lib/initiatives/working-days";
import { ALL_JOBS } from "@/lib/wiring/jobs";
import { decideOnActivity } from "@/lib/activities/commands/approval";
import { createOwnActivity, organizerCheckIn } from "@/lib/activities/commands/organizer";
import { sendOrganizerMessage } from "@/lib/activities/commands/organizer-message";
import { sendActivityReminders } from "@/lib/activities/commands/reminders";
import { signUp } from "@/lib/activities/commands/signups";
import { getShownActivity, listActivities, listCalendarActivities, listUpcomingActivities } from "@/lib/activities/queries/activities";
import { getOrganizerView } from "@/lib/activities/queries/organizer";
import { ownActivitySchema } from "@/lib/activities/schema";
import { sitemapEntries } from "@/lib/reach/sitemap";
import { BASE_URL, person } from "../support/activities-factory";
import { createEstablishedUser, createInitiative, createUser, nextRangeKey } from "../support/factories";

const db = () => getDb();
const DAY = 24 * 60 * 60 * 1000;

let n = 0;
/** The initiator's form, as parsed: a coming activity of two hours. */
function form(initiativeId: number, title = `Opruimochtend ${++n}`) {
  const start = new Date(Date.now() + (10 + n) * DAY);
  const local = (date: Date) => new Date(date.getTime() + 60 * 60 * 1000).toISOString().slice(0, 16);
  return ownActivitySchema.parse({
    initiativeId: String(initiativeId),
    title,
    description: "Neem handschoenen mee.",
    address: "Stackstraat 1",
    startsAt: local(start),
    endsAt: local(new Date(start.getTime() + 2 * 60 * 60 * 1000)),
    places: "10",
    maxPartySize: "4",
  });
}

/** An initiator with a published idea that has a coach. */
function initiatorWithIdea() {
  const initiator = createUser("bewoner", "Fatima");
  const coach = createUser("buurtwerker", "Coach");
  const idea = createInitiative(initiator);
  db().update(initiatives).set({ coachId: coach }).where(eq(initiatives.id, idea)).run();
  return { initiator, coach, idea };
}

const create = (organizerId: string, idea: number, title?: string) => createOwnActivity(db(), { organizerId, data: form(idea, title), baseUrl: BASE_URL });
const emailOf = (id: string) => db().select({ email: users.email }).from(users).where(eq(users.id, id)).get()!.email;
const mailsTo = (id: string) => db().select().from(mailOutbox).where(eq(mailOutbox.to, emailOf(id))).all();

/** Every public surface, asked whether it shows the activity. */
async function publicSurfaces(id: number) {
  const api: { id: number }[] = [];
  for (let page = 1; ; page++) {
    const body = await (await activitiesApi(new NextRequest(`http://test.local/api/v1/activities?pagina=${page}`))).json();
    api.push(...body.items);
    if (!body.hasNext) break;
  }
  const pages = Array.from({ length: 30 }, (_, i) => listActivities({ past: false, page: i + 1 }).items).flat();
  return {
    list: pages.some((item) => item.id === id),
    upcoming: listUpcomingActivities(500).some((item) => item.id === id),
    page: getShownActivity(id) !== null,
    api: api.some((item) => item.id === id),
    sitemap: sitemapEntries().some((entry) => entry.url.endsWith(`/activiteiten/${id}`)),
    calendar: listCalendarActivities({ id }).length > 0,
  };
}

describe("who may create an activity for an idea", () => {
  it("only its initiator, while the idea is published and not done", () => {
    const { initiator, idea } = initiatorWithIdea();
    expect(() => create(createUser(), idea)).toThrow(/Alleen de initiatiefnemer/);
    for (const status of ["concept", "ingediend", "gerealiseerd", "afgewezen"] as const) {
      expect(() => create(initiator, createInitiative(initiator, status))).toThrow(/steun zoekt of wordt uitgevoerd/);
    }
    expect(create(initiator, createInitiative(initiator, "in_uitvoering")).approval).toBe("wacht");
  });

  it("a few a week, counted per initiator", () => {
    const { initiator, idea } = initiatorWithIdea();
    for (let i = 0; i < 3; i++) create(initiator, idea);
    expect(() => create(initiator, idea)).toThrow(/deze week al genoeg/);
  });

  it("refuses web addresses in what others will read", () => {
    const parsed = ownActivitySchema.safeParse({ ...form(1), startsAt: "2030-08-08T10:00", endsAt: "2030-08-08T12:00", places: "5", maxPartySize: "2", initiativeId: "1", description: "Kijk op www.example.nl" });
    expect(parsed.success).toBe(false);
  });
});

describe("the first-approval rule", () => {
  it("the first waits for a buurtwerker's yes; after one approved the next go live at once and the coach is told", async () => {
    const { initiator, coach, idea } = initiatorWithIdea();
    const follower = createUser();
    db().insert(follows).values({ userId: follower, initiativeId: idea }).run();
    const first = create(initiator, idea);
    expect(first.approval).toBe("wacht");
    expect(mailsTo(coach).map((mail) => mail.subject)).toEqual([expect.stringMatching(/^Wacht op uw ja/)]);
    expect(await publicSurfaces(first.id)).toEqual({ list: false, upcoming: false, page: false, api: false, sitemap: false, calendar: false });
    expect(getShownActivity(first.id, { id: initiator, role: "bewoner" })).not.toBeNull();
    expect(() => signUp(db(), { ...person(1), activityId: first.id, userId: null, baseUrl: BASE_URL })).toThrow(/bestaat niet/);

    decideOnActivity(db(), { staffId: coach, activityId: first.id, decision: "goedkeuren", reason: "", baseUrl: BASE_URL });
    expect(mailsTo(initiator).map((mail) => mail.subject)).toEqual([expect.stringMatching(/^Uw activiteit staat op de website/)]);
    expect(db().select().from(notifications).where(and(eq(notifications.userId, follower), eq(notifications.kind, "activity_date"))).all()).toHaveLength(1);
    expect(await publicSurfaces(first.id)).toEqual({ list: true, upcoming: true, page: true, api: true, sitemap: true, calendar: true });

    const second = create(initiator, idea);
    expect(second.approval).toBe("goedgekeurd");
    expect(mailsTo(coach).map((mail) => mail.subject)).toContainEqual(expect.stringMatching(/^Nieuwe activiteit/));
    expect(getShownActivity(second.id)).not.toBeNull();
  });

  it("a no carries its reason to the initiator, and a refused one never shows", async () => {
    const { initiator, coach, idea } = initiatorWithIdea();
    const { id } = create(initiator, idea);
    expect(() => decideOnActivity(db(), { staffId: coach, activityId: id, decision: "hervatten", reason: "", baseUrl: BASE_URL })).toThrow(/iemand anders/);
    decideOnActivity(db(), { staffId: coach, activityId: id, decision: "afwijzen", reason: "Te groot voor de straat.", baseUrl: BASE_URL });
    const mail = mailsTo(initiator).at(-1)!;
    expect(mail.text).toContain("Te groot voor de straat.");
    expect(getShownActivity(id)).toBeNull();
    expect(create(initiator, idea).approval).toBe("wacht");
    const audit = db().select({ action: auditLog.action }).from(auditLog).where(like(auditLog.action, "activity.refused")).all();
    expect(audit.length).toBeGreaterThan(0);
  });

  it("a paused activity leaves every public surface and takes no sign-ups until it is resumed", async () => {
    const { initiator, coach, idea } = initiatorWithIdea();
    const { id } = create(initiator, idea);
    decideOnActivity(db(), { staffId: coach, activityId: id, decision: "goedkeuren", reason: "", baseUrl: BASE_URL });
    decideOnActivity(db(), { staffId: coach, activityId: id, decision: "pauzeren", reason: "Eerst overleggen.", baseUrl: BASE_URL });
    expect(await publicSurfaces(id)).toEqual({ list: false, upcoming: false, page: false, api: false, sitemap: false, calendar: false });
    expect(() => signUp(db(), { ...person(1), activityId: id, userId: null, baseUrl: BASE_URL })).toThrow(/bestaat niet/);
    decideOnActivity(db(), { staffId: coach, activityId: id, decision: "hervatten", reason: "", baseUrl: BASE_URL });
    expect(getShownActivity(id)).not.toBeNull();
  });

  it("everyone signed up hears that it stands still, and that it goes on again, by mail or by text", () => {
    const { initiator, coach, idea } = initiatorWithIdea();
    const { id } = create(initiator, idea, "Stilstaan en doorgaan");
    decideOnActivity(db(), { staffId: coach, activityId: id, decision: "goedkeuren", reason: "", baseUrl: BASE_URL });
    signUp(db(), { ...person(3, "stil@test.nl"), activityId: id, userId: null, baseUrl: BASE_URL });
    signUp(db(), { name: "Piet", email: "", phone: "+31612340077", partySize: 1, notes: "", consent: "ja", activityId: id, userId: null, baseUrl: BASE_URL });
    const subjects = () => db().select({ subject: mailOutbox.subject }).from(mailOutbox).where(eq(mailOutbox.to, "stil@test.nl")).all().map((m) => m.subject);
    const texts = () => db().select({ text: smsOutbox.text }).from(smsOutbox).where(eq(smsOutbox.to, "+31612340077")).all().map((m) => m.text);

    decideOnActivity(db(), { staffId: coach, activityId: id, decision: "pauzeren", reason: "Eerst overleggen.", baseUrl: BASE_URL });
    expect(subjects()).toContain("Staat even stil: Stilstaan en doorgaan");
    expect(texts().filter((text) => text.includes("staat even stil"))).toHaveLength(1);
    // The buurtwerker's reason is for the organiser, not for everyone signed up.
    expect(JSON.stringify(db().select().from(mailOutbox).where(eq(mailOutbox.to, "stil@test.nl")).all())).not.toContain("Eerst overleggen");

    decideOnActivity(db(), { staffId: coach, activityId: id, decision: "hervatten", reason: "", baseUrl: BASE_URL });
    expect(subjects()).toContain("Gaat weer door: Stilstaan en doorgaan");
    expect(texts().filter((text) => text.includes("gaat weer door"))).toHaveLength(1);
  });
});

describe("what the organiser sees and does", () => {
  it("first names and party sizes, never an address, number or note; check-in and one message a day", () => {
    const { initiator, coach, idea } = initiatorWithIdea();
    const { id } = create(initiator, idea);
    decideOnActivity(db(), { staffId: coach, activityId: id, decision: "goedkeuren", reason: "", baseUrl: BASE_URL });
    const byMail = signUp(db(), { ...person(2, "anna.devries@test.nl"), name: "Anna de Vries", notes: "Rolstoel", activityId: id, userId: null, baseUrl: BASE_URL });
    signUp(db(), { name: "Piet Jansen", email: "", phone: "+31612345678", partySize: 1, notes: "", consent: "ja", activityId: id, userId: null, baseUrl: BASE_URL });

    const view = getOrganizerView(id, initiator)!;
    expect(view.confirmed.map(({ firstName, partySize }) => ({ firstName, partySize }))).toEqual([
      { firstName: "Anna", partySize: 2 },
      { firstName: "Piet", partySize: 1 },
    ]);
    expect(view.totals.people).toBe(3);
    const seen = JSON.stringify({ ...view, activity: null });
    for (const secret of ["anna.devries@test.nl", "+31612345678", "0612345678", "Rolstoel", "de Vries", "Jansen"]) expect(seen).not.toContain(secret);
    expect(getOrganizerView(id, createUser())).toBeNull();

    expect(() => organizerCheckIn(db(), { organizerId: createUser(), activityId: id, signupId: byMail.signupId, present: true })).toThrow(/niet uw activiteit/);
    organizerCheckIn(db(), { organizerId: initiator, activityId: id, signupId: byMail.signupId, present: true });
    expect(db().select({ at: signups.checkedInAt }).from(signups).where(eq(signups.id, byMail.signupId)).get()!.at).not.toBeNull();

    expect(() => sendOrganizerMessage(db(), { organizerId: createUser(), activityId: id, body: "Hallo" })).toThrow(/niet uw activiteit/);
    expect(sendOrganizerMessage(db(), { organizerId: initiator, activityId: id, body: "Neem een stoel mee." }).reached).toBe(2);
    expect(db().select().from(mailOutbox).where(and(eq(mailOutbox.to, "anna.devries@test.nl"), like(mailOutbox.text, "%Neem een stoel mee.%"))).all()).toHaveLength(1);
    expect(db().select().from(smsOutbox).where(and(eq(smsOutbox.to, "+31612345678"), like(smsOutbox.text, "%Neem een stoel mee.%"))).all()).toHaveLength(1);
    expect(() => sendOrganizerMessage(db(), { organizerId: initiator, activityId: id, body: "Nog een" })).toThrow(/vandaag al een bericht/);
  });
});

describe("abuse", () => {
  it("three reports from established residents hide an activity until a buurtwerker puts it back", () => {
    const { initiator, coach, idea } = initiatorWithIdea();
    const { id } = create(initiator, idea);
    decideOnActivity(db(), { staffId: coach, activityId: id, decision: "goedkeuren", reason: "", baseUrl: BASE_URL });
    const report = (who: string) => reportActivity(db(), { reporterId: who, activityId: id, reason: "spam", rangeKey: nextRangeKey() });
    // A new account's report does not count; a repeat counts once.
    report(createUser());
    const first = createEstablishedUser();
    report(first);
    expect(report(first).alreadyReported).toBe(true);
    report(createEstablishedUser());
    expect(getShownActivity(id)).not.toBeNull();
    expect(report(createEstablishedUser()).hidden).toBe(true);
    expect(getShownActivity(id)).toBeNull();
    expect(listCalendarActivities({ id })).toEqual([]);
    decideOnActivity(db(), { staffId: coach, activityId: id, decision: "terugzetten", reason: "Niets mis mee.", baseUrl: BASE_URL });
    expect(getShownActivity(id)).not.toBeNull();
  });

  it("as for comments, a hide by reports that no buurtwerker confirmed comes back after 2 working days; a block's hide stays", () => {
    const { initiator, coach, idea } = initiatorWithIdea();
    const { id } = create(initiator, idea);
    decideOnActivity(db(), { staffId: coach, activityId: id, decision: "goedkeuren", reason: "", baseUrl: BASE_URL });
    const friday = new Date("2026-12-04T10:00:00Z");
    for (let i = 0; i < 3; i++) reportActivity(db(), { reporterId: createEstablishedUser(), activityId: id, reason: "spam", rangeKey: nextRangeKey() }, friday);
    expect(getShownActivity(id)).toBeNull();
    const due = addWorkingDays(friday, 2);
    expect(restoreUnconfirmedActivityHides(db(), new Date(due.getTime() - 60_000))).toEqual([]);
    expect(getShownActivity(id)).toBeNull();
    expect(restoreUnconfirmedActivityHides(db(), due)).toEqual([id]);
    expect(getShownActivity(id)).not.toBeNull();
    const logged = db().select().from(auditLog).where(and(eq(auditLog.action, "activity.restored"), eq(auditLog.targetId, String(id)))).get();
    expect(logged?.actorId).toBeNull();
    expect(ALL_JOBS.some((job) => job.kind === "unhide-activities")).toBe(true);

    const blocked = initiatorWithIdea();
    const other = create(blocked.initiator, blocked.idea).id;
    decideOnActivity(db(), { staffId: blocked.coach, activityId: other, decision: "goedkeuren", reason: "", baseUrl: BASE_URL });
    blockAccount(db(), { actorId: blocked.coach, userId: blocked.initiator, reason: "Misbruik." });
    restoreUnconfirmedActivityHides(db(), addWorkingDays(new Date(), 5));
    expect(getShownActivity(other)).toBeNull();
  });

  it("a blocked initiator's activities are hidden and called off, and everyone signed up is told", () => {
    const { initiator, coach, idea } = initiatorWithIdea();
    const { id } = create(initiator, idea);
    decideOnActivity(db(), { staffId: coach, activityId: id, decision: "goedkeuren", reason: "", baseUrl: BASE_URL });
    signUp(db(), { ...person(1, "gast-blok@test.nl"), activityId: id, userId: null, baseUrl: BASE_URL });
    blockAccount(db(), { actorId: coach, userId: initiator, reason: "Misbruik." });
    expect(getShownActivity(id)).toBeNull();
    expect(db().select().from(mailOutbox).where(and(eq(mailOutbox.to, "gast-blok@test.nl"), like(mailOutbox.subject, "Gaat niet door%"))).all()).toHaveLength(1);
  });
});

describe("the organiser's data", () => {
  it("goes with the account: stored messages and report notes; the activities stay without an organiser", () => {
    const { initiator, coach, idea } = initiatorWithIdea();
    const { id } = create(initiator, idea);
    decideOnActivity(db(), { staffId: coach, activityId: id, decision: "goedkeuren", reason: "", baseUrl: BASE_URL });
    signUp(db(), { ...person(1), activityId: id, userId: null, baseUrl: BASE_URL });
    sendOrganizerMessage(db(), { organizerId: initiator, activityId: id, body: "Bericht Kwartelkoning" });
    const reporter = createUser();
    reportActivity(db(), { reporterId: reporter, activityId: id, reason: "spam", note: "Notitie Grutto" });
    expect(exportPersonalData(initiator).organiserMessages.map((message) => message.body)).toEqual(["Bericht Kwartelkoning"]);
    deleteAccount(db(), { userId: initiator, baseUrl: BASE_URL });
    deleteAccount(db(), { userId: reporter, baseUrl: BASE_URL });
    expect(db().select().from(activityMessages).where(eq(activityMessages.activityId, id)).all()).toEqual([]);
    expect(db().select({ note: activityReports.note }).from(activityReports).where(eq(activityReports.activityId, id)).all()).toEqual([{ note: null }]);
    expect(getOrganizerView(id, initiator)).toBeNull();
  });
});

describe("reminders", () => {
  it("go out for an initiator's live activity, not while it is paused", () => {
    const { initiator, coach, idea } = initiatorWithIdea();
    const { id } = create(initiator, idea);
    decideOnActivity(db(), { staffId: coach, activityId: id, decision: "goedkeuren", reason: "", baseUrl: BASE_URL });
    signUp(db(), { ...person(1, "herinner-mij@test.nl"), activityId: id, userId: null, baseUrl: BASE_URL });
    const startsAt = db().select({ at: activities.startsAt }).from(activities).where(eq(activities.id, id)).get()!.at;
    const twoDaysBefore = new Date(startsAt.getTime() - DAY);
    const reminders = () => db().select().from(mailOutbox).where(and(eq(mailOutbox.to, "herinner-mij@test.nl"), like(mailOutbox.subject, "Herinnering%"))).all();
    decideOnActivity(db(), { staffId: coach, activityId: id, decision: "pauzeren", reason: "Even wachten.", baseUrl: BASE_URL });
    sendActivityReminders(db(), { baseUrl: BASE_URL, now: twoDaysBefore });
    expect(reminders()).toEqual([]);
    decideOnActivity(db(), { staffId: coach, activityId: id, decision: "hervatten", reason: "", baseUrl: BASE_URL });
    sendActivityReminders(db(), { baseUrl: BASE_URL, now: twoDaysBefore });
    expect(reminders()).toHaveLength(1);
  });
});
