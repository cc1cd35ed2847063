import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, surveyAnswered, surveyAnswers, surveyDrafts, surveyReach, surveyResponses } from "@/db/schema";
import { enterProjectPaper } from "@/lib/projects/commands/survey";
import { ALREADY_ANSWERED, saveDraftAnswer, submitOnline } from "@/lib/surveys/commands/answer";
import { createUser } from "../support/factories";
import { addQuestions, CHOICE, createOpenProject, FREE, MANY, SMILEY } from "../support/projects-factory";

const db = () => getDb();

function answerAll(surveyId: number, device: string, userId: string | null = null) {
  const who = { device, userId };
  saveDraftAnswer(db(), { surveyId, step: 1, posted: ["4"], who });
  saveDraftAnswer(db(), { surveyId, step: 2, posted: ["1"], who });
  saveDraftAnswer(db(), { surveyId, step: 3, posted: ["2", "0", "2"], who });
  saveDraftAnswer(db(), { surveyId, step: 4, posted: ["Meer licht graag"], who });
  submitOnline(db(), { surveyId, who, profile: { wijkId: 1, ageGroup: "27-44" } });
}

describe("answering a vragenlijst, one question per screen", () => {
  const beheerder = createUser("beheerder");
  const projectId = createOpenProject(beheerder);
  const { surveyId, questionIds } = addQuestions(beheerder, projectId, [SMILEY, CHOICE, MANY, FREE]);

  it("keeps the answers of each screen in a draft and stores them as one response, the draft gone", () => {
    answerAll(surveyId, "device-a");
    const [response] = db().select().from(surveyResponses).where(eq(surveyResponses.surveyId, surveyId)).all();
    expect(response).toMatchObject({ source: "online", day: new Date().toISOString().slice(0, 10) });
    const answers = db().select().from(surveyAnswers).where(eq(surveyAnswers.responseId, response!.id)).all();
    expect(Object.fromEntries(answers.map((a) => [a.questionId, a.value]))).toEqual({
      [questionIds[0]!]: "4",
      [questionIds[1]!]: "1",
      [questionIds[2]!]: "0,2",
      [questionIds[3]!]: "Meer licht graag",
    });
    expect(db().select().from(surveyDrafts).where(eq(surveyDrafts.surveyId, surveyId)).all()).toEqual([]);
    expect(db().select().from(surveyReach).where(eq(surveyReach.surveyId, surveyId)).all()).toEqual([{ surveyId, wijkId: 1, ageGroup: "27-44", count: 1 }]);
  });

  it("lets a device answer once, and an account once on any device", () => {
    expect(() => saveDraftAnswer(db(), { surveyId, step: 1, posted: ["3"], who: { device: "device-a", userId: null } })).toThrow(ALREADY_ANSWERED);
    const resident = createUser();
    answerAll(surveyId, "device-b", resident);
    expect(() => answerAll(surveyId, "device-c", resident)).toThrow(ALREADY_ANSWERED);
    expect(db().select().from(surveyResponses).where(eq(surveyResponses.surveyId, surveyId)).all()).toHaveLength(2);
  });

  it("stores neither the device token nor the account id, only hashes apart from the answers", () => {
    const markers = db().select().from(surveyAnswered).where(eq(surveyAnswered.surveyId, surveyId)).all();
    expect(markers.length).toBe(3);
    for (const marker of markers) expect(marker.whoHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(markers)).not.toContain("device-");
  });

  it("refuses an answer that does not fit the question, at the field", () => {
    const who = { device: "device-d", userId: null };
    expect(() => saveDraftAnswer(db(), { surveyId, step: 1, posted: ["6"], who })).toThrow("Kies één antwoord uit de lijst.");
    expect(() => saveDraftAnswer(db(), { surveyId, step: 2, posted: ["0", "1"], who })).toThrow("Kies één antwoord uit de lijst.");
    expect(() => saveDraftAnswer(db(), { surveyId, step: 3, posted: ["9"], who })).toThrow("Kies uit de lijst.");
    expect(() => saveDraftAnswer(db(), { surveyId, step: 9, posted: ["1"], who })).toThrow("Deze vraag bestaat niet.");
    expect(() => submitOnline(db(), { surveyId, who, profile: {} })).toThrow("U heeft nog geen vraag beantwoord.");
  });

  it("refuses answers outside the meedenken phase", () => {
    const later = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000);
    expect(() => saveDraftAnswer(db(), { surveyId, step: 1, posted: ["3"], who: { device: "device-e", userId: null }, now: later })).toThrow("gesloten");
  });

  it("takes paper answers as paper, with an audit record, also after closing", () => {
    const buurtwerker = createUser("buurtwerker");
    enterProjectPaper(db(), {
      actor: { id: buurtwerker, role: "buurtwerker" },
      projectId,
      posted: { [`q${questionIds[0]}`]: ["5"], [`q${questionIds[2]}`]: ["1"] },
      profile: {},
      now: new Date(Date.now() + 30 * 24 * 60 * 60 * 1000),
    });
    const paper = db().select().from(surveyResponses).where(eq(surveyResponses.source, "papier")).all();
    expect(paper).toHaveLength(1);
    expect(db().select().from(auditLog).where(eq(auditLog.action, "survey.paper_entered")).all()).toHaveLength(1);
    expect(() => enterProjectPaper(db(), { actor: { id: buurtwerker, role: "buurtwerker" }, projectId, posted: { [`q${questionIds[0]}`]: ["8"] }, profile: {} })).toThrow("Kies één antwoord uit de lijst.");
  });
});
