import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { trajectories, trajectoryAccess, trajectoryNotes, trajectoryReviews, trajectoryTally } from "@/db/schema";
import { deleteAccount } from "@/lib/accounts/commands/deletion";
import { exportPersonalData } from "@/lib/accounts/queries/export";
import { readEnv } from "@/lib/platform/env";
import { trajectoryFigures } from "@/lib/stats/queries/trajectory-figures";
import { removeExpiredTrajectories } from "@/lib/trajectories/commands/retention";
import { addNote, endTrajectory, recordReview } from "@/lib/trajectories/commands/work";
import { CONSENT_TEXT } from "@/lib/trajectories/consent";
import { createUser } from "../support/factories";
import { newCoach, startFor } from "../support/trajectories-factory";

const db = () => getDb();
const rowsOf = (id: number) => ({
  trajectory: db().select().from(trajectories).where(eq(trajectories.id, id)).all().length,
  reviews: db().select().from(trajectoryReviews).where(eq(trajectoryReviews.trajectoryId, id)).all().length,
  notes: db().select().from(trajectoryNotes).where(eq(trajectoryNotes.trajectoryId, id)).all().length,
  access: db().select().from(trajectoryAccess).where(eq(trajectoryAccess.trajectoryId, id)).all().length,
});
const GONE = { trajectory: 0, reviews: 0, notes: 0, access: 0 };

describe("retention of trajectory details", () => {
  it("keeps 24 months after the end by default, configurable with TRAJECTORY_RETENTION_MONTHS", () => {
    expect(readEnv({}).trajectoryRetentionMonths).toBe(24);
    expect(readEnv({ TRAJECTORY_RETENTION_MONTHS: "6" }).trajectoryRetentionMonths).toBe(6);
    expect(() => readEnv({ TRAJECTORY_RETENTION_MONTHS: "0" })).toThrow("TRAJECTORY_RETENTION_MONTHS");
  });

  it("removes the details once the time after the end has passed, leaves open and recent ones, and the counts stay", () => {
    const coach = newCoach();
    const old = startFor(coach, createUser(), { startsOn: "2023-01-01" });
    recordReview(db(), { coach, trajectoryId: old, on: "2023-07-01", step: 4, note: "Naam van de werkgever" });
    addNote(db(), { coach, trajectoryId: old, note: "Iets persoonlijks" });
    endTrajectory(db(), { coach, trajectoryId: old, endedOn: "2024-01-31", outcome: "betaald_werk" });
    const recent = startFor(coach, createUser(), { startsOn: "2025-01-01" });
    endTrajectory(db(), { coach, trajectoryId: recent, endedOn: "2025-06-01", outcome: "gestopt" });
    const open = startFor(coach, createUser(), { startsOn: "2022-01-01" });
    const now = Date.UTC(2026, 1, 15, 4);
    const before = trajectoryFigures(db(), now);

    expect(removeExpiredTrajectories(db(), { now: new Date(now), months: 24 })).toBe(1);
    expect(rowsOf(old)).toEqual(GONE);
    expect(rowsOf(recent).trajectory).toBe(1);
    expect(rowsOf(open).trajectory).toBe(1);
    expect(db().select().from(trajectoryTally).all()).toEqual([{ id: expect.any(Number), startedMonth: "2023-01", endedMonth: "2024-01", steppedUp: true, paidWork: true }]);
    expect(trajectoryFigures(db(), now)).toEqual(before);
    // A second run finds nothing left; a shorter setting takes the recent one too.
    expect(removeExpiredTrajectories(db(), { now: new Date(now), months: 24 })).toBe(0);
    expect(removeExpiredTrajectories(db(), { now: new Date(now), months: 6 })).toBe(1);
    expect(trajectoryFigures(db(), now)).toEqual(before);
  });
});

describe("the person's own trajectory", () => {
  it("is in their data download, with the consent text, the coach, reviews, notes and who looked", () => {
    const coach = newCoach("Yvonne");
    const client = createUser("bewoner", "Petra");
    const id = startFor(coach, client);
    recordReview(db(), { coach, trajectoryId: id, on: "2026-07-01", step: 3, note: "Goed gesprek" });
    addNote(db(), { coach, trajectoryId: id, note: "Wil koken" });
    const download = exportPersonalData(client);
    expect(download.trajectories).toEqual([
      expect.objectContaining({
        coachName: "Yvonne",
        consentText: CONSENT_TEXT,
        consentByName: "Yvonne",
        reviews: [{ on: "2026-07-01", step: 3, note: "Goed gesprek" }],
        notes: [expect.objectContaining({ note: "Wil koken" })],
        access: [expect.objectContaining({ what: "notitie" }), expect.objectContaining({ what: "evaluatie" }), expect.objectContaining({ what: "gestart" })],
      }),
    ]);
    // The coach's own download holds no client.
    expect(exportPersonalData(coach.id).trajectories).toEqual([]);
  });

  it("goes with the account when the person deletes it; the count stays", () => {
    const coach = newCoach();
    const client = createUser("bewoner", "Joost");
    const id = startFor(coach, client);
    addNote(db(), { coach, trajectoryId: id, note: "Vertrouwelijk" });
    const now = Date.now();
    const before = trajectoryFigures(db(), now).total;
    deleteAccount(db(), { userId: client, baseUrl: "http://test.local" });
    expect(rowsOf(id)).toEqual(GONE);
    expect(trajectoryFigures(db(), now).total).toBe(before);
  });
});
