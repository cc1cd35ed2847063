import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { savePopulation } from "@/lib/surveys/commands/population";
import { saveDraftAnswer, submitOnline } from "@/lib/surveys/commands/answer";
import { surveyReachOf } from "@/lib/surveys/queries/results";
import { populationSchema } from "@/lib/surveys/schema";
import { createUser } from "../support/factories";
import { addQuestions, createOpenProject, SMILEY } from "../support/projects-factory";

describe("whom we reached, beside who lives there", () => {
  it("lists the project's wijken even when nobody from there answered, with the beheerder's numbers and source", () => {
    const beheerder = createUser("beheerder");
    const { surveyId } = addQuestions(beheerder, createOpenProject(beheerder), [SMILEY]);
    const form = populationSchema.parse({ source: "CBS 2025", "n_1_67+": "1.200", "n_1_0-17": "800", "n_2_67+": "", "n_2_27-44": "300" });
    expect(form.counts).toEqual([
      { wijkId: 1, ageGroup: "67+", count: 1200 },
      { wijkId: 1, ageGroup: "0-17", count: 800 },
      { wijkId: 2, ageGroup: "27-44", count: 300 },
    ]);
    savePopulation(getDb(), { actorId: beheerder, ...form });
    for (let n = 0; n < 6; n++) {
      const who = { device: `bereik-${n}`, userId: null };
      saveDraftAnswer(getDb(), { surveyId, step: 1, posted: ["3"], who });
      submitOnline(getDb(), { surveyId, who, profile: { wijkId: 1, ageGroup: "67+" } });
    }
    const reach = surveyReachOf(getDb(), surveyId, [1, 2]);
    expect(reach.source).toBe("CBS 2025");
    expect(reach.byWijk.map(({ count, population }) => ({ count, population }))).toEqual([
      { count: 5, population: 2000 },
      { count: 0, population: 300 },
    ]);
    expect(reach.byAge.find((row) => row.label === "67 jaar of ouder")).toMatchObject({ count: 5, population: 1200 });
    expect(reach.byAge.find((row) => row.label === "18 tot 27 jaar")).toMatchObject({ count: 0, population: null });
  });

  it("refuses a number that is not a whole number, at its field", () => {
    const result = populationSchema.safeParse({ source: "CBS", "n_1_67+": "veel" });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: ["n_1_67+"], message: "Vul een heel getal in, bijvoorbeeld 1250." });
  });
});
