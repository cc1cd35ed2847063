import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { signups } from "@/db/schema";
import { setFollow } from "@/lib/projects/commands/follow";
import { linkMeeting } from "@/lib/projects/commands/meetings";
import { enterProjectPaper } from "@/lib/projects/commands/survey";
import { getProject } from "@/lib/projects/queries/projects";
import { participationReport, reportTable } from "@/lib/projects/queries/report";
import { publicCount } from "@/lib/stats/present";
import { saveDraftAnswer, submitOnline } from "@/lib/surveys/commands/answer";
import { createActivityRow } from "../support/activities-factory";
import { createUser } from "../support/factories";
import { addQuestions, CHOICE, createOpenPoll, createOpenProject, FREE } from "../support/projects-factory";
import { voteWithAccount } from "@/lib/projects/commands/vote";

const db = () => getDb();
const sql = (query: string, ...params: unknown[]) => db().$client.prepare(query).pluck().get(...params) as number;

describe("the participatieverslag", () => {
  it("shows the same figures as a recount straight from the tables, each as a public count", () => {
    const beheerder = createUser("beheerder");
    const actor = { id: beheerder, role: "beheerder" as const };
    const projectId = createOpenProject(beheerder);
    const { surveyId, questionIds } = addQuestions(beheerder, projectId, [CHOICE, FREE]);
    for (let n = 0; n < 12; n++) {
      const who = { device: `verslag-${n}`, userId: null };
      saveDraftAnswer(db(), { surveyId, step: 1, posted: [String(n % 3)], who });
      saveDraftAnswer(db(), { surveyId, step: 2, posted: [`Jan van nummer ${n}`], who });
      submitOnline(db(), { surveyId, who, profile: {} });
    }
    for (let n = 0; n < 6; n++) enterProjectPaper(db(), { actor, projectId, posted: { [`q${questionIds[0]}`]: ["0"] }, profile: {} });
    const activityId = createActivityRow();
    linkMeeting(db(), { actor, projectId, activityId });
    db().insert(signups).values([7, 3].map((partySize) => ({ activityId, name: "Buur", partySize, status: "bevestigd" as const, checkedInAt: new Date() }))).run();
    for (let n = 0; n < 3; n++) setFollow(db(), { userId: createUser(), projectId, follow: true });

    const report = participationReport(getProject(projectId)!);
    const recount = {
      online: sql("SELECT count(*) FROM survey_responses WHERE survey_id = ? AND source = 'online'", surveyId),
      papier: sql("SELECT count(*) FROM survey_responses WHERE survey_id = ? AND source = 'papier'", surveyId),
      meetings: sql("SELECT sum(party_size) FROM signups WHERE activity_id = ? AND checked_in_at IS NOT NULL", activityId),
      followers: sql("SELECT count(*) FROM project_follows WHERE project_id = ?", projectId),
      groen: sql("SELECT count(*) FROM survey_answers WHERE question_id = ? AND value = '0'", questionIds[0]),
    };
    expect(recount).toEqual({ online: 12, papier: 6, meetings: 10, followers: 3, groen: 10 });
    expect(report.took).toEqual({
      online: publicCount(recount.online),
      papier: publicCount(recount.papier),
      answers: publicCount(recount.online + recount.papier),
      votes: 0,
      meetings: publicCount(recount.meetings),
      followers: "<5",
      contacts: 0,
    });
    expect(report.results[0]!.bars[0]!.count).toBe(publicCount(recount.groen));
    // Free text is the team's only: not in the report, not in the CSV.
    expect(report.results.map((result) => result.question.kind)).toEqual(["een"]);
    expect(JSON.stringify(reportTable(report))).not.toContain("Jan van nummer");
  });

  it("counts the keuze's votes as a recount does, and shows its results only after the kiezen phase", () => {
    const beheerder = createUser("beheerder");
    const { projectId, optionIds } = createOpenPoll(beheerder);
    for (let n = 0; n < 13; n++) voteWithAccount(db(), { userId: createUser(), projectId, optionIds: [optionIds[n % 2]!] });
    const open = participationReport(getProject(projectId)!);
    const votes = sql("SELECT count(*) FROM project_poll_voters v JOIN project_polls p ON p.id = v.poll_id WHERE p.project_id = ?", projectId);
    expect(open.took.votes).toBe(publicCount(votes));
    expect(open.poll).toBeNull();
    const later = new Date(Date.now() + 6 * 24 * 60 * 60 * 1000);
    const closed = participationReport(getProject(projectId, later)!, later);
    const klimrek = sql("SELECT count(*) FROM project_poll_marks WHERE option_id = ?", optionIds[0]);
    expect(closed.poll?.bars.map((bar) => bar.count)).toEqual([publicCount(klimrek), publicCount(votes - klimrek), 0]);
    expect(reportTable(closed).rows).toContainEqual({ part: "keuze: Welk speeltoestel komt er?", row: "Klimrek", value: publicCount(klimrek) });
  });
});
