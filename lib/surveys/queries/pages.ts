import "server-only";
import { getDb } from "@/db/client";
import { freeTextAnswers, surveyReachOf, surveyResults } from "./results";
import { loadSurvey, responseCounts, surveyState, type Survey, type SurveyState } from "./survey";

// What the pages read of the engine (pages do not open the database themselves).

/** A survey to answer, with its state now, and where it belongs (the owner's page). */
export function getSurvey(id: number, now = new Date()): (Survey & { state: SurveyState; ownerPath: string }) | null {
  const survey = loadSurvey(getDb(), id);
  if (!survey) return null;
  return { ...survey, state: surveyState(survey, now), ownerPath: `/projecten/${survey.ownerId}` };
}

export const resultsOf = (survey: Survey) => surveyResults(getDb(), survey);
export const reachOf = (surveyId: number, wijkIds: number[]) => surveyReachOf(getDb(), surveyId, wijkIds);
export const countsOf = (surveyId: number) => responseCounts(getDb(), surveyId);

/** Free text per question, for the team only. */
export function freeTextOf(survey: Survey): { prompt: string; answers: string[] }[] {
  return survey.questions.map((question) => ({ prompt: question.prompt, answers: freeTextAnswers(getDb(), question) })).filter((q) => q.answers.length > 0);
}
