import "server-only";
import { getDb } from "@/db/client";
import { siteUrl } from "@/lib/platform/site-url";
import { activityAndSeriesFeedback, activityFeedbackSurvey, feedbackOverview } from "./feedback";
import { monitorRoundsOf, monitorSurveysOf, monitorTrends } from "./monitor";

// What the pages read of "did it make a difference" (pages do not open the database themselves).

export const surveyUrl = (surveyId: number) => `${siteUrl()}/vragen/${surveyId}`;
export const monitorUrl = () => `${siteUrl()}/buurtmonitor`;

export const getActivityFeedback = (activityId: number) => activityAndSeriesFeedback(getDb(), activityId);
export const getFeedbackSurveyId = (activityId: number) => activityFeedbackSurvey(getDb(), activityId);
export const getFeedbackOverview = () => feedbackOverview(getDb());
export const getMonitorRounds = () => monitorRoundsOf(getDb());
export const getMonitorSurveys = (year: number) => monitorSurveysOf(getDb(), year);
export const getMonitorTrends = () => monitorTrends(getDb());

/** The round residents are asked to now: the open one, else the next to open (for posters made ahead). */
export function currentMonitor() {
  const rounds = getMonitorRounds();
  const round = rounds.find((r) => r.state === "open") ?? rounds.filter((r) => r.state === "komt").at(-1);
  return round ? { ...round, surveys: getMonitorSurveys(round.year) } : null;
}
