import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { activities, backings, initiatives, paperBackings, reports, signups } from "@/db/schema";
import { createInitiative, createUser } from "../support/factories";

const db = () => getDb();

function createActivity(places = 10): number {
  const start = new Date(Date.now() + 86_400_000);
  return db()
    .insert(activities)
    .values({ title: "BBQ", wijkId: 1, address: "Plein 1", startsAt: start, endsAt: new Date(start.getTime() + 3_600_000), places, signupDeadline: start })
    .returning({ id: activities.id })
    .get().id;
}

describe("database constraints", () => {
  it("opens with WAL, foreign keys on, a busy timeout and crash-safe synchronous mode", () => {
    const client = db().$client;
    expect(client.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(client.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(client.pragma("busy_timeout", { simple: true })).toBeGreaterThanOrEqual(5000);
    expect(client.pragma("synchronous", { simple: true })).toBe(1); // NORMAL
  });

  it("allows one backing per resident per initiative (a unique index, not an if)", () => {
    const initiator = createUser();
    const backer = createUser();
    const initiativeId = createInitiative(initiator);
    db().insert(backings).values({ initiativeId, userId: backer }).run();
    expect(() => db().insert(backings).values({ initiativeId, userId: backer }).run()).toThrow(/UNIQUE/);
    db().insert(backings).values({ initiativeId, userId: createUser() }).run();
  });

  it("refuses a backing, sign-up or report that points at nothing", () => {
    expect(() => db().insert(backings).values({ initiativeId: 999_999, userId: createUser() }).run()).toThrow(/FOREIGN KEY/);
    expect(() =>
      db().insert(signups).values({ activityId: 999_999, name: "A", partySize: 1, status: "bevestigd" }).run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it("allows one report per resident per initiative and per comment", () => {
    const reporter = createUser();
    const initiativeId = createInitiative(createUser());
    db().insert(reports).values({ initiativeId, reporterId: reporter, reason: "spam" }).run();
    expect(() => db().insert(reports).values({ initiativeId, reporterId: reporter, reason: "kwetsend" }).run()).toThrow(/UNIQUE/);
  });

  it("allows one active sign-up per e-mail address per activity, and a new one after cancelling", () => {
    const activityId = createActivity();
    const signup = { activityId, name: "Els", email: "els@test.nl", partySize: 2 };
    const first = db().insert(signups).values({ ...signup, status: "bevestigd" }).returning().get();
    expect(() => db().insert(signups).values({ ...signup, status: "wachtlijst" }).run()).toThrow(/UNIQUE/);
    db().update(signups).set({ status: "geannuleerd" }).run();
    db().insert(signups).values({ ...signup, status: "bevestigd" }).run();
    expect(first.id).toBeGreaterThan(0);
  });

  it("checks numbers that can never be right", () => {
    const activityId = createActivity();
    expect(() => db().insert(signups).values({ activityId, name: "A", partySize: 0, status: "bevestigd" }).run()).toThrow(/CHECK/);
    expect(() => createActivity(0)).toThrow(/CHECK/);
    const start = new Date();
    expect(() =>
      db().insert(activities).values({ title: "X", wijkId: 1, address: "A", startsAt: start, endsAt: start, places: 5, signupDeadline: start }).run(),
    ).toThrow(/CHECK/);
    const initiativeId = createInitiative(createUser());
    expect(() => db().insert(paperBackings).values({ initiativeId, count: 0 }).run()).toThrow(/CHECK/);
    expect(() =>
      db().insert(initiatives).values({ title: "T", pitch: "P", wijkId: 1, themeId: 1, moneyAmountEuros: 25_001 }).run(),
    ).toThrow(/CHECK/);
  });
});
