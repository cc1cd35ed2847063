import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { saveDraftAnswer, submitOnline } from "@/lib/surveys/commands/answer";
import { surveyResults, surveyReachOf } from "@/lib/surveys/queries/results";
import { loadSurvey } from "@/lib/surveys/queries/survey";
import { SUPPRESSED } from "@/lib/stats/present";
import { createUser } from "../support/factories";
import { addQuestions, CHOICE, createOpenProject } from "../support/projects-factory";

function answer(surveyId: number, device: string, choice: string, wijkId?: number) {
  const who = { device, userId: null };
  saveDraftAnswer(getDb(), { surveyId, step: 1, posted: [choice], who });
  submitOnline(getDb(), { surveyId, who, profile: { wijkId } });
}

const counts = (surveyId: number) => surveyResults(getDb(), loadSurvey(getDb(), surveyId)!)[0]!;

describe("no count under 5 in any bar, total or difference", () => {
  it("shows 1 to 4 as <5 and rounds the rest to 5, for every bar and the total", () => {
    const beheerder = createUser("beheerder");
    const { surveyId } = addQuestions(beheerder, createOpenProject(beheerder), [CHOICE]);
    // 13 answers: 9 for Groen, 3 for Speeltoestellen, 1 for Bankjes.
    [..."0000000001112"].forEach((choice, n) => answer(surveyId, `d${n}`, choice, n < 3 ? 2 : 1));
    const result = counts(surveyId);
    expect(result.answered).toBe(15);
    expect(result.bars.map((bar) => bar.count)).toEqual([10, SUPPRESSED, SUPPRESSED]);
    // The total minus the shown bars is a multiple of 5, never the hidden 4.
    const shown = result.bars.map((bar) => (typeof bar.count === "number" ? bar.count : 0));
    expect(((result.answered as number) - shown.reduce((a, b) => a + b, 0)) % 5).toBe(0);
    const reach = surveyReachOf(getDb(), surveyId, []);
    expect(reach.byWijk.map((row) => row.count).sort()).toEqual([10, SUPPRESSED].sort());
  });

  it("differencing two moments gives no one away: one more answer moves a count by 0 or 5", () => {
    const beheerder = createUser("beheerder");
    const { surveyId } = addQuestions(beheerder, createOpenProject(beheerder), [CHOICE]);
    const seen: (number | string)[] = [];
    for (let n = 0; n < 12; n++) {
      answer(surveyId, `x${n}`, "1");
      seen.push(counts(surveyId).bars[1]!.count);
    }
    expect(seen.slice(0, 4)).toEqual([SUPPRESSED, SUPPRESSED, SUPPRESSED, SUPPRESSED]);
    const numbers = seen.filter((c): c is number => typeof c === "number");
    for (const value of numbers) expect(value % 5).toBe(0);
  });
});
