import { and, asc, count, desc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { activities, activitySeries, surveyResponses, surveys } from "@/db/schema";
import { publicCount, type PeopleCount } from "@/lib/stats/present";
import { pooledResults, type QuestionResult } from "@/lib/surveys/queries/results";
import { loadSurvey } from "@/lib/surveys/queries/survey";
import { FEEDBACK_MIN_ANSWERS } from "../fields";

/** How many answered, and the three questions as bars only where at least 5 did (else null). */
export type FeedbackSummary = { answered: PeopleCount; results: QuestionResult[] | null };

/** Every count goes through publicCount (in pooledResults too), so activity and series figures never differ by 1 to 4. */
export function summaryOf(db: DbOrTx, surveyIds: number[]): FeedbackSummary | null {
  if (surveyIds.length === 0) return null;
  const n = db.select({ n: count() }).from(surveyResponses).where(inArray(surveyResponses.surveyId, surveyIds)).get()?.n ?? 0;
  const pool = surveyIds.map((id) => loadSurvey(db, id)).filter((survey) => survey !== null);
  return { answered: publicCount(n), results: n >= FEEDBACK_MIN_ANSWERS ? pooledResults(db, pool) : null };
}

const activitySurvey = and(eq(surveys.ownerKind, "activity"), eq(surveys.ownerId, activities.id));

export function activityFeedbackSurvey(db: DbOrTx, activityId: number): number | null {
  return db.select({ id: surveys.id }).from(surveys).where(and(eq(surveys.ownerKind, "activity"), eq(surveys.ownerId, activityId))).get()?.id ?? null;
}

/** The three questions of one activity. */
export function activityFeedback(db: DbOrTx, activityId: number): FeedbackSummary | null {
  const id = activityFeedbackSurvey(db, activityId);
  return summaryOf(db, id ? [id] : []);
}

/** All activities of a series taken together (the summer BBQs). */
export function seriesFeedback(db: DbOrTx, seriesId: number): FeedbackSummary | null {
  const ids = db.select({ id: surveys.id }).from(activities).innerJoin(surveys, activitySurvey).where(eq(activities.seriesId, seriesId)).all();
  return summaryOf(db, ids.map((row) => row.id));
}

/** For the activity's staff page: its own three questions and its series' together. */
export function activityAndSeriesFeedback(db: DbOrTx, activityId: number) {
  const row = db.select({ seriesId: activities.seriesId, name: activitySeries.name }).from(activities).leftJoin(activitySeries, eq(activities.seriesId, activitySeries.id)).where(eq(activities.id, activityId)).get();
  return { activity: activityFeedback(db, activityId), series: row?.seriesId && row.name ? { name: row.name, summary: seriesFeedback(db, row.seriesId) } : null };
}

/** For the dashboard: each series with answers, then the latest activities one by one. */
export function feedbackOverview(db: DbOrTx, limit = 12) {
  const series = db
    .selectDistinct({ id: activitySeries.id, name: activitySeries.name })
    .from(activitySeries)
    .innerJoin(activities, eq(activities.seriesId, activitySeries.id))
    .innerJoin(surveys, activitySurvey)
    .orderBy(asc(activitySeries.name))
    .all()
    .map((row) => ({ ...row, summary: seriesFeedback(db, row.id)! }));
  const recent = db
    .select({ id: activities.id, title: activities.title, startsAt: activities.startsAt, surveyId: surveys.id })
    .from(activities)
    .innerJoin(surveys, activitySurvey)
    .orderBy(desc(activities.startsAt))
    .limit(limit)
    .all()
    .map((row) => ({ id: row.id, title: row.title, startsAt: row.startsAt, summary: summaryOf(db, [row.surveyId])! }));
  return { series, recent };
}
