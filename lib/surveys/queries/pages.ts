import "server-only";
import { getDb } from "@/db/client";
import type { SurveyOwnerKind } from "@/db/enums";
import { freeTextAnswers, surveyReachOf, surveyResults } from "./results";
import { loadSurvey, responseCounts, surveyState, type Survey, type SurveyState } from "./survey";

// What the pages read of the engine (pages do not open the database themselves).

const OWNER_PAGES: Record<SurveyOwnerKind, { path: (id: number) => string; label: string }> = {
  project: { path: (id) => `/projecten/${id}`, label: "Naar het project" },
  activity: { path: (id) => `/activiteiten/${id}`, label: "Naar de activiteit" },
  monitor: { path: () => "/buurtmonitor", label: "Naar de buurtmonitor" },
};

/** A survey to answer, with its state now, and where it belongs (the owner's page and its link text). */
export function getSurvey(id: number, now = new Date()): (Survey & { state: SurveyState; ownerPath: string; ownerLabel: string }) | null {
  const survey = loadSurvey(getDb(), id);
  if (!survey) return null;
  const owner = OWNER_PAGES[survey.ownerKind];
  return { ...survey, state: surveyState(survey, now), ownerPath: owner.path(survey.ownerId), ownerLabel: owner.label };
}

export const resultsOf = (survey: Survey) => surveyResults(getDb(), survey);
export const reachOf = (surveyId: number, wijkIds: number[]) => surveyReachOf(getDb(), surveyId, wijkIds);
export const countsOf = (surveyId: number) => responseCounts(getDb(), surveyId);

/** Free text per question, for the team only. */
export function freeTextOf(survey: Survey): { prompt: string; answers: string[] }[] {
  return survey.questions.map((question) => ({ prompt: question.prompt, answers: freeTextAnswers(getDb(), question) })).filter((q) => q.answers.length > 0);
}
