import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { projectPollMarks, projectPollVoters, projectPolls } from "@/db/schema";
import { createUser } from "../support/factories";
import { createOpenPoll } from "../support/projects-factory";
import { runWorkers } from "../support/workers";

const WORKER = path.resolve("tests/support/projects-vote-worker.ts");

describe("a keuze counts one vote per person, also from two processes at the same moment", () => {
  it("stores each account and each confirmed number once, and refuses the second vote", async () => {
    const beheerder = createUser("beheerder");
    const { projectId, optionIds } = createOpenPoll(beheerder);
    const pollId = getDb().select({ id: projectPolls.id }).from(projectPolls).where(eq(projectPolls.projectId, projectId)).get()!.id;
    const accounts = Array.from({ length: 20 }, () => ({ userId: createUser() }));
    const numbers = Array.from({ length: 15 }, (_, n) => ({ phone: `+316${String(10_000_000 + n)}` }));
    const own = (side: number) => Array.from({ length: 10 }, (_, n) => ({ phone: `+316${String(20_000_000 + side * 100 + n)}` }));
    // Both processes vote for the same 20 accounts and 15 numbers; each has 10 numbers of its own.
    const jobs = [0, 1].map((side) => ({ projectId, optionId: optionIds[side]!, people: [...accounts, ...numbers, ...own(side)] }));

    const results = (await runWorkers<string[]>(WORKER, jobs)).flat();
    expect(results.filter((result) => result.startsWith("error"))).toEqual([]);
    expect(results.filter((result) => result === "stored")).toHaveLength(20 + 15 + 20);
    expect(results.filter((result) => result === "refused")).toHaveLength(20 + 15);
    const db = getDb();
    expect(db.select().from(projectPollVoters).where(eq(projectPollVoters.pollId, pollId)).all()).toHaveLength(55);
    expect(new Set(db.select().from(projectPollMarks).where(eq(projectPollMarks.pollId, pollId)).all().map((mark) => mark.ballotId)).size).toBe(55);
  });
});
