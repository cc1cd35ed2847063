import path from "node:path";
import { asc, eq, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { mailOutbox, signups } from "@/db/schema";
import { createActivityRow } from "../support/activities-factory";
import { runWorkers } from "../support/workers";

const PLACES = 50;
const SIGNUPS = 520;
const CANCELLATIONS = 12;
const SIZES = [1, 2, 3, 4, 5, 6, 2, 1, 3, 2];
const WORKER = path.resolve("tests/support/activities-worker.ts");

type SignupResult = { email: string; signupId: number; status: string; token: string };
type CancelResult = { activityId: number; promoted: number[] };

type Row = { id: number; partySize: number; status: string };

/** The rules applied one at a time in commit order: what a correct, serialised system decides. */
function expectedAfterSignups(rows: Row[]): string[] {
  let taken = 0;
  return rows.map((row) => {
    if (row.partySize <= PLACES - taken) {
      taken += row.partySize;
      return "bevestigd";
    }
    return "wachtlijst";
  });
}

function promote(state: Map<number, Row>): number[] {
  let free = PLACES - [...state.values()].filter((r) => r.status === "bevestigd").reduce((sum, r) => sum + r.partySize, 0);
  const promoted: number[] = [];
  for (const row of [...state.values()].filter((r) => r.status === "wachtlijst").sort((a, b) => a.id - b.id)) {
    if (row.partySize > free) continue;
    row.status = "bevestigd";
    free -= row.partySize;
    promoted.push(row.id);
  }
  return promoted;
}

describe("the places guarantee under load from two processes", () => {
  it(`${SIGNUPS} parallel sign-ups never exceed ${PLACES} places; cancellations promote exactly once`, async () => {
    const db = getDb();
    const activityId = createActivityRow({ places: PLACES, maxPartySize: 6 });
    const people = Array.from({ length: SIGNUPS }, (_, n) => ({ email: `buur${n}@last.nl`, partySize: SIZES[n % SIZES.length]! }));
    const halves = [people.filter((_, n) => n % 2 === 0), people.filter((_, n) => n % 2 === 1)];

    const results = await runWorkers<SignupResult[]>(WORKER, halves.map((part) => ({ mode: "signup", activityId, people: part })));
    expect(results.flat()).toHaveLength(SIGNUPS);
    // Both processes really ran at the same time: their sign-ups interleave.
    const [idsA, idsB] = results.map((r) => r.map((s) => s.signupId)) as [number[], number[]];
    const fromA = new Set(idsA);
    const inOrder = [...idsA, ...idsB].sort((a, b) => a - b);
    const switches = inOrder.filter((id, n) => n > 0 && fromA.has(id) !== fromA.has(inOrder[n - 1]!)).length;
    expect(switches).toBeGreaterThan(20);
    // Each process saw its own sign-ups stored in the order it sent them (arrival order).
    for (const ids of [idsA, idsB]) expect(ids).toEqual([...ids].sort((a, b) => a - b));

    const rows: Row[] = db
      .select({ id: signups.id, partySize: signups.partySize, status: signups.status })
      .from(signups)
      .where(eq(signups.activityId, activityId))
      .orderBy(asc(signups.id))
      .all();
    const taken = rows.filter((r) => r.status === "bevestigd").reduce((sum, r) => sum + r.partySize, 0);
    expect(taken).toBeLessThanOrEqual(PLACES);
    expect(taken).toBeGreaterThan(PLACES - 6);
    expect(rows.map((r) => r.status)).toEqual(expectedAfterSignups(rows));
    const waiting = rows.filter((r) => r.status === "wachtlijst");
    expect(waiting.length).toBeGreaterThan(SIGNUPS - PLACES);
    console.info(`sign-ups: ${rows.length} (the two processes took turns ${switches} times), places taken: ${taken}/${PLACES}, waiting: ${waiting.length}`);

    // Cancel confirmed sign-ups from both processes at once.
    const byId = new Map(results.flat().map((r) => [r.signupId, r]));
    const toCancel = rows.filter((r) => r.status === "bevestigd").slice(0, CANCELLATIONS).map((r) => byId.get(r.id)!.token);
    expect(toCancel).toHaveLength(CANCELLATIONS);
    const cancelResults = await runWorkers<CancelResult[]>(WORKER, [
      { mode: "cancel", tokens: toCancel.filter((_, n) => n % 2 === 0) },
      { mode: "cancel", tokens: toCancel.filter((_, n) => n % 2 === 1) },
    ]);
    const promoted = cancelResults.flat().flatMap((c) => c.promoted);
    expect(promoted.length).toBeGreaterThan(0);
    expect(new Set(promoted).size).toBe(promoted.length);

    const after = db.select().from(signups).where(eq(signups.activityId, activityId)).all();
    const takenAfter = after.filter((r) => r.status === "bevestigd").reduce((sum, r) => sum + r.partySize, 0);
    expect(takenAfter).toBeLessThanOrEqual(PLACES);
    expect(after.filter((r) => r.promotedAt !== null).map((r) => r.id).sort((a, b) => a - b)).toEqual([...promoted].sort((a, b) => a - b));
    const promotionMails = db.select().from(mailOutbox).where(like(mailOutbox.subject, "U heeft een plek:%")).all();
    expect(promotionMails).toHaveLength(promoted.length);
    expect(new Set(promotionMails.map((m) => m.to)).size).toBe(promoted.length);

    // Replay the cancellations in commit order (the order of their mails) with the rules in one
    // process: the parallel run must have promoted exactly the same sign-ups.
    const state = new Map(rows.map((r) => [r.id, { ...r }]));
    const emailToId = new Map(after.map((r) => [r.email!, r.id]));
    const cancelMails = db.select().from(mailOutbox).where(like(mailOutbox.subject, "Afgemeld:%")).orderBy(asc(mailOutbox.id)).all();
    expect(cancelMails).toHaveLength(CANCELLATIONS);
    const replayed = cancelMails.flatMap((mail) => {
      state.get(emailToId.get(mail.to)!)!.status = "geannuleerd";
      return promote(state);
    });
    expect(promoted.sort((a, b) => a - b)).toEqual(replayed.sort((a, b) => a - b));
    console.info(`cancellations: ${CANCELLATIONS}, promoted: ${promoted.length}, places taken after: ${takenAfter}/${PLACES}`);
  });
});
