import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { and, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb, openDatabase } from "@/db/client";
import { backings, initiatives } from "@/db/schema";
import { backInitiative, offerHelp, withdrawBacking } from "@/lib/initiatives/commands/backing";
import { registerPaperSupport } from "@/lib/initiatives/commands/paper";
import { AppError } from "@/lib/platform/errors";
import { createInitiative, createUser } from "../support/factories";

const run = promisify(execFile);

const backingRows = (initiativeId: number) =>
  getDb().select({ n: count() }).from(backings).where(eq(backings.initiativeId, initiativeId)).all()[0]!.n;
const counters = (initiativeId: number) =>
  getDb()
    .select({ backingCount: initiatives.backingCount, helperCount: initiatives.helperCount, paperCount: initiatives.paperCount })
    .from(initiatives)
    .where(eq(initiatives.id, initiativeId))
    .get()!;

describe("backing", () => {
  const initiator = createUser("bewoner", "Initiatiefnemer");

  it("100 concurrent backings by one resident leave exactly one", async () => {
    const id = createInitiative(initiator);
    const resident = createUser();
    // 100 calls at once through 10 separate connections in this process…
    const connections = Array.from({ length: 10 }, () => openDatabase(process.env.DATABASE_PATH));
    const states = await Promise.all(
      Array.from({ length: 100 }, (_, n) => Promise.resolve().then(() => backInitiative(connections[n % 10]!, { userId: resident, initiativeId: id }))),
    );
    connections.forEach((c) => c.$client.close());
    expect(states.every((s) => s.backed && s.backingCount === 1)).toBe(true);

    // …and 4 processes × 25 at the same moment, racing for the same row.
    const other = createUser();
    const worker = path.join(import.meta.dirname, "initiatives-backing-worker.ts");
    const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
    await Promise.all(Array.from({ length: 4 }, () => run(tsx, [worker, String(id), other, "25"], { env: process.env })));

    expect(backingRows(id)).toBe(2);
    expect(counters(id).backingCount).toBe(2);
  }, 120_000);

  it("keeps the counter equal to the rows through back, help, withdraw", () => {
    const id = createInitiative(initiator);
    const [a, b, c] = [createUser(), createUser(), createUser()];
    backInitiative(getDb(), { userId: a, initiativeId: id });
    offerHelp(getDb(), { userId: b, initiativeId: id, helpNote: "Ik kan zagen." });
    offerHelp(getDb(), { userId: a, initiativeId: id, helpNote: "Ik breng koffie." });
    offerHelp(getDb(), { userId: a, initiativeId: id, helpNote: "Toch thee." });
    expect(counters(id)).toMatchObject({ backingCount: 2, helperCount: 2 });
    backInitiative(getDb(), { userId: c, initiativeId: id });
    withdrawBacking(getDb(), { userId: a, initiativeId: id });
    withdrawBacking(getDb(), { userId: a, initiativeId: id });
    expect(counters(id)).toMatchObject({ backingCount: 2, helperCount: 1 });
    expect(backingRows(id)).toBe(2);
    const note = getDb().select({ note: backings.helpNote }).from(backings).where(and(eq(backings.initiativeId, id), eq(backings.userId, b))).get();
    expect(note?.note).toBe("Ik kan zagen.");
  });

  it("refuses the initiator's own backing and any backing on a closed idea", () => {
    const open = createInitiative(initiator);
    expect(() => backInitiative(getDb(), { userId: initiator, initiativeId: open })).toThrow(AppError);
    for (const status of ["concept", "ingediend", "in_uitvoering", "gerealiseerd", "afgewezen", "ingetrokken"] as const) {
      const closed = createInitiative(initiator, status);
      expect(() => backInitiative(getDb(), { userId: createUser(), initiativeId: closed })).toThrow(AppError);
      expect(backingRows(closed)).toBe(0);
    }
  });

  it("counts paper support apart from online backings", () => {
    const id = createInitiative(initiator);
    const worker = createUser("buurtwerker");
    backInitiative(getDb(), { userId: createUser(), initiativeId: id });
    registerPaperSupport(getDb(), { staffId: worker, initiativeId: id, count: 12, names: "Jan\nPiet" });
    registerPaperSupport(getDb(), { staffId: worker, initiativeId: id, count: 3 });
    expect(counters(id)).toMatchObject({ backingCount: 1, paperCount: 15 });
    expect(() => registerPaperSupport(getDb(), { staffId: worker, initiativeId: createInitiative(initiator, "gerealiseerd"), count: 1 })).toThrow(AppError);
  });
});
