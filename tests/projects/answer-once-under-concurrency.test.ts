import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { surveyResponses } from "@/db/schema";
import { createUser } from "../support/factories";
import { addQuestions, createOpenProject, SMILEY } from "../support/projects-factory";
import { runWorkers } from "../support/workers";

const WORKER = path.resolve("tests/support/surveys-worker.ts");

describe("once per device and per account, also from two processes at the same moment", () => {
  it("stores one response per device and per account, and every other person's", async () => {
    const beheerder = createUser("beheerder");
    const { surveyId } = addQuestions(beheerder, createOpenProject(beheerder), [SMILEY]);
    const account = createUser();
    // Both processes send the same 40 devices (and one account on two devices); 60 other devices each once.
    const shared = Array.from({ length: 40 }, (_, n) => ({ device: `gedeeld-${n}`, userId: null }));
    const own = (side: string) => Array.from({ length: 30 }, (_, n) => ({ device: `${side}-${n}`, userId: null }));
    const jobs = ["a", "b"].map((side) => ({ surveyId, people: [...shared, ...own(side), { device: `telefoon-${side}`, userId: account }] }));

    const results = await runWorkers<string[]>(WORKER, jobs);
    const stored = results.flat().filter((result) => result === "stored").length;
    // 40 shared devices once, 60 own devices, the account once.
    expect(stored).toBe(40 + 60 + 1);
    expect(getDb().select().from(surveyResponses).where(eq(surveyResponses.surveyId, surveyId)).all()).toHaveLength(101);
  });
});
