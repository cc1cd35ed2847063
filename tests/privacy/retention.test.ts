import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { mailOutbox, settings, signups } from "@/db/schema";
import { signUp } from "@/lib/activities/commands/signups";
import { backInitiative } from "@/lib/initiatives/commands/backing";
import { WIPED_NAME } from "@/lib/privacy/commands/anonymise";
import { cleanupPersonalData, cleanupPersonalDataInBatches, RETENTION_BATCH } from "@/lib/privacy/commands/retention";
import { getRoster } from "@/lib/activities/queries/staff";
import { computeFigures } from "@/lib/stats/figures";
import { parseStatsFilter } from "@/lib/stats/filters";
import { BASE_URL, createActivityRow, person } from "../support/activities-factory";
import { createInitiative, createUser } from "../support/factories";

const DAY = 86_400_000;
const NOW = new Date(Date.UTC(2026, 10, 23, 12));
const db = () => getDb();

/** An activity that ended `daysAgo` days before NOW, with guests (one with only a number), an account holder and a walk-in. */
function pastActivity(daysAgo: number, accountEmail: string, accountId: string): number {
  const startsAt = new Date(NOW.getTime() - daysAgo * DAY);
  const activityId = createActivityRow({ startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), signupDeadline: new Date(startsAt.getTime() - DAY), places: 40 });
  const at = new Date(startsAt.getTime() - 2 * DAY);
  for (const [n, size] of [1, 3, 2, 4].entries()) {
    signUp(db(), { ...person(size, `gast${n}@buurt.nl`), phone: `06123456${70 + n}`, notes: "allergie", activityId, userId: null, baseUrl: BASE_URL, now: at });
  }
  signUp(db(), { ...person(1, ""), phone: "06 1122 3344", activityId, userId: null, baseUrl: BASE_URL, now: at });
  signUp(db(), { ...person(2, accountEmail), activityId, userId: accountId, baseUrl: BASE_URL, now: at });
  db().update(signups).set({ checkedInAt: startsAt }).where(sql`${signups.activityId} = ${activityId} and ${signups.partySize} >= 2`).run();
  db().insert(signups).values({ activityId, name: "Loper", partySize: 2, status: "bevestigd", isWalkIn: true, checkedInAt: startsAt }).run();
  return activityId;
}

describe("removing guests' personal data after the retention period", () => {
  it("wipes old guest data, keeps account sign-ups and recent activities, and leaves every figure equal", () => {
    const resident = createUser("bewoner", "Bewoner");
    const residentEmail = db().select({ email: sql<string>`email` }).from(sql`users`).where(sql`id = ${resident}`).get()!.email;
    backInitiative(db(), { userId: resident, initiativeId: createInitiative(createUser()) });
    const old1 = pastActivity(200, residentEmail, resident);
    const old2 = pastActivity(120, residentEmail, resident);
    const recent = pastActivity(30, residentEmail, resident);
    db().insert(mailOutbox).values([
      { to: "gast0@buurt.nl", subject: "Oud", text: "t", html: "h", sentAt: new Date(NOW.getTime() - 100 * DAY), createdAt: new Date(NOW.getTime() - 100 * DAY) },
      { to: "gast0@buurt.nl", subject: "Nieuw", text: "t", html: "h", sentAt: new Date(NOW.getTime() - 10 * DAY), createdAt: new Date(NOW.getTime() - 10 * DAY) },
    ]).run();

    const filters = [parseStatsFilter({}), parseStatsFilter({ van: "2026-04-01", tot: "2026-06-30" }), parseStatsFilter({ wijk: "1" })];
    const before = filters.map((filter) => computeFigures(filter, NOW.getTime()));

    const report = cleanupPersonalData(db(), NOW);

    expect(report).toMatchObject({ retentionMonths: 3, signupsAnonymised: 12, mailsRemoved: 1 });
    const after = filters.map((filter) => computeFigures(filter, NOW.getTime()));
    const withoutPeople = (figures: ReturnType<typeof computeFigures>) => ({ ...figures, participants: null });
    // Attendance, sign-ups in people, per activity, per month, backings: all unchanged.
    expect(after.map(withoutPeople)).toEqual(before.map(withoutPeople));
    // Distinct people: unchanged for a period that is cleaned as a whole (one random key per address per run).
    expect(after[1]!.participants).toEqual(before[1]!.participants);
    // Across the boundary the 5 guests (4 addresses, 1 number) who also came to the recent activity
    // now count twice each: nothing links their old sign-ups to them any more. Never fewer, only more.
    expect(after[0]!.participants.total - before[0]!.participants.total).toBe(5);

    const rows = db().select().from(signups).all();
    const guestsOf = (activityId: number) => rows.filter((r) => r.activityId === activityId && r.userId === null);
    for (const row of [...guestsOf(old1), ...guestsOf(old2)]) {
      expect(row).toMatchObject({ name: WIPED_NAME, phone: null, notes: null, cancelTokenHash: null });
      expect(row.email ?? "").not.toContain("@");
    }
    expect(guestsOf(recent).every((r) => r.name !== WIPED_NAME)).toBe(true);
    // The buurtwerker's list still adds up, but shows no address, not even the random key.
    const roster = getRoster(old1);
    expect(roster.confirmed.filter((e) => e.name === WIPED_NAME).map((e) => e.email)).toEqual([null, null, null, null, null]);
    expect(rows.filter((r) => r.userId === resident).every((r) => r.email === residentEmail.toLowerCase())).toBe(true);
    const subjects = db().select({ subject: mailOutbox.subject }).from(mailOutbox).where(eq(mailOutbox.to, "gast0@buurt.nl")).all().map((m) => m.subject);
    expect(subjects).toContain("Nieuw");
    expect(subjects).not.toContain("Oud");

    // Idempotent: a second run the same day finds nothing more.
    expect(cleanupPersonalData(db(), NOW)).toMatchObject({ signupsAnonymised: 0, mailsRemoved: 0 });
  });

  it("follows the setting", () => {
    db().update(settings).set({ value: "12" }).where(eq(settings.key, "guestDataRetentionMonths")).run();
    expect(cleanupPersonalData(db(), NOW)).toMatchObject({ retentionMonths: 12, signupsAnonymised: 0 });
  });
});

describe("removing a large backlog of guests' data", () => {
  /** Old guest sign-ups, many more than SQLite takes as variables in one statement (32,766): 1,000 addresses, each at many activities. */
  const startsAt = new Date(NOW.getTime() - 400 * DAY);
  function manyOldGuests(count: number): void {
    for (let first = 0; first < count; first += 1000) {
      const activityId = createActivityRow({ startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), signupDeadline: startsAt, places: 1000 });
      db().run(sql`with recursive n(i) as (select 0 union all select i + 1 from n where i < ${Math.min(1000, count - first) - 1})
        insert into signups (activity_id, name, email, party_size, status, created_at)
        select ${activityId}, 'Gast ' || i, 'gast' || i || '@buurt.nl', 1, 'bevestigd', ${startsAt.getTime()} from n`);
    }
  }

  it("wipes more guests than one statement can name, and keeps one key per address", async () => {
    manyOldGuests(33_000);
    const report = await cleanupPersonalDataInBatches(db(), NOW);
    expect(report.signupsAnonymised).toBe(33_000);
    const left = db().get<{ named: number; keys: number }>(sql`select sum(name != ${WIPED_NAME}) as named, count(distinct email) as keys from signups where activity_id in (select id from activities where starts_at = ${startsAt.getTime()})`);
    expect(left).toEqual({ named: 0, keys: 1000 });
    expect((await cleanupPersonalDataInBatches(db(), NOW)).signupsAnonymised).toBe(0);
  });

  it("lets other work in between its batches instead of holding the server for the whole backlog", async () => {
    manyOldGuests(5 * RETENTION_BATCH);
    let turns = 0;
    const other = setInterval(() => turns++, 0);
    const report = await cleanupPersonalDataInBatches(db(), NOW);
    clearInterval(other);
    expect(report.signupsAnonymised).toBe(5 * RETENTION_BATCH);
    expect(turns).toBeGreaterThanOrEqual(4);
  });
});
