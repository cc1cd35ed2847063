import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, mailOutbox, surveyResponses, users } from "@/db/schema";
import { enterMonitorPaper, inviteToMonitor, setMonitorRound, surveysOfYear } from "@/lib/effect/commands/monitor";
import { monitorTrends } from "@/lib/effect/queries/monitor";
import { MONITOR_QUESTIONS, TRUST_STATEMENT } from "@/lib/effect/questions";
import { saveDraftAnswer, submitOnline } from "@/lib/surveys/commands/answer";
import { loadSurvey } from "@/lib/surveys/queries/survey";
import { createUser } from "../support/factories";

/** Noon on a day of 2025 in Heerlen (summer time). */
const on = (day: string) => new Date(`${day}T10:00:00Z`);

describe("the yearly buurtmonitor", () => {
  const beheerder = createUser("beheerder");
  setMonitorRound(getDb(), { actorId: beheerder, year: 2025, opensOn: "2025-10-01", closesOn: "2025-10-31" });
  const [first] = surveysOfYear(getDb(), 2025);

  it("gives every wijk its own survey with the statements, and is audited", () => {
    const survey = loadSurvey(getDb(), first!.surveyId)!;
    expect(survey.questions.map((q) => q.prompt)).toEqual(MONITOR_QUESTIONS.map((q) => q.prompt));
    expect(survey.questions[0]!.options).toHaveLength(5);
    expect(getDb().select().from(auditLog).where(eq(auditLog.action, "monitor.round_set")).all()).toHaveLength(1);
  });

  it("is open only inside its window: from the first day 0:00 to the end of the last day", () => {
    const answer = (device: string, now: Date) => saveDraftAnswer(getDb(), { surveyId: first!.surveyId, step: 1, posted: ["0"], who: { device, userId: null }, now });
    expect(() => answer("vroeg", new Date("2025-09-30T21:59:00Z"))).toThrow("nog niet open");
    expect(answer("op-tijd", new Date("2025-09-30T22:00:00Z"))).toEqual({ total: MONITOR_QUESTIONS.length });
    expect(answer("laatste-dag", new Date("2025-10-31T22:59:00Z"))).toEqual({ total: MONITOR_QUESTIONS.length });
    expect(() => answer("te-laat", new Date("2025-10-31T23:00:00Z"))).toThrow("gesloten");
    // Moving the dates moves every wijk's window.
    setMonitorRound(getDb(), { actorId: beheerder, year: 2025, opensOn: "2025-10-01", closesOn: "2025-11-15" });
    expect(answer("te-laat", on("2025-11-10"))).toEqual({ total: MONITOR_QUESTIONS.length });
    submitOnline(getDb(), { surveyId: first!.surveyId, who: { device: "te-laat", userId: null }, profile: {}, now: on("2025-11-10") });
  });

  it("takes paper forms from a buurtwerker, marked as paper, also after it closed", () => {
    const buurtwerker = createUser("buurtwerker");
    const survey = loadSurvey(getDb(), first!.surveyId)!;
    enterMonitorPaper(getDb(), { actorId: buurtwerker, year: 2025, wijkId: first!.wijkId, posted: { [`q${survey.questions[TRUST_STATEMENT]!.id}`]: ["1"] }, ageGroup: "67+", now: on("2025-12-01") });
    const sources = getDb().select({ source: surveyResponses.source }).from(surveyResponses).where(eq(surveyResponses.surveyId, first!.surveyId)).all();
    expect(sources.map((row) => row.source).sort()).toEqual(["online", "papier"]);
    expect(() => enterMonitorPaper(getDb(), { actorId: buurtwerker, year: 2030, wijkId: first!.wijkId, posted: {}, now: on("2025-12-01") })).toThrow("bestaat niet");
  });

  it("mails once a year to whoever chose to get mail, with a way to stop", () => {
    const wants = createUser("bewoner");
    const never = createUser("bewoner");
    getDb().update(users).set({ followMails: "never" }).where(eq(users.id, never)).run();
    setMonitorRound(getDb(), { actorId: beheerder, year: 2026, opensOn: "2026-03-01", closesOn: "2026-03-31" });
    expect(inviteToMonitor(getDb(), { now: on("2026-02-27"), baseUrl: "http://test.local" })).toBe(0);
    const sent = inviteToMonitor(getDb(), { now: on("2026-03-02"), baseUrl: "http://test.local" });
    expect(sent).toBeGreaterThan(0);
    expect(inviteToMonitor(getDb(), { now: on("2026-03-03"), baseUrl: "http://test.local" })).toBe(0);
    const to = (id: string) => getDb().select().from(mailOutbox).where(eq(mailOutbox.to, getDb().select().from(users).where(eq(users.id, id)).get()!.email)).all();
    expect(to(wants)).toHaveLength(1);
    expect(to(wants)[0]!.text).toContain("/afmelden/");
    expect(to(never)).toEqual([]);
  });

  it("shows no wijk under 10 answers, and a trend from 10 on", () => {
    const [, second, third] = surveysOfYear(getDb(), 2025);
    const fill = (surveyId: number, n: number, prefix: string) => {
      const survey = loadSurvey(getDb(), surveyId)!;
      for (let i = 0; i < n; i++) {
        saveDraftAnswer(getDb(), { surveyId, step: TRUST_STATEMENT + 1, posted: [i % 2 === 0 ? "0" : "3"], who: { device: `${prefix}-${i}`, userId: null }, now: on("2025-10-10") });
        submitOnline(getDb(), { surveyId: survey.id, who: { device: `${prefix}-${i}`, userId: null }, profile: {}, now: on("2025-10-10") });
      }
    };
    fill(second!.surveyId, 9, "negen");
    fill(third!.surveyId, 10, "tien");
    const { trends } = monitorTrends(getDb());
    const of = (wijkId: number) => trends.find((trend) => trend.wijkId === wijkId)!.years.find((year) => year.year === 2025)!;
    expect(of(second!.wijkId)).toMatchObject({ shown: false, answered: 10 });
    expect(of(second!.wijkId).agree.every((share) => share === null)).toBe(true);
    expect(of(third!.wijkId)).toMatchObject({ shown: true, answered: 10 });
    expect(of(third!.wijkId).agree[TRUST_STATEMENT]).toBe(50);
  });
});
