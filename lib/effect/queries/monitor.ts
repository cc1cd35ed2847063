import { asc, count, desc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { monitorRounds, monitorSurveys, populationCounts, surveyAnswers, surveyQuestions, surveyResponses, wijken } from "@/db/schema";
import { publicCount, publicShare, type PeopleCount } from "@/lib/stats/present";
import { surveyState, type SurveyState } from "@/lib/surveys/queries/survey";
import { MONITOR_MIN_ANSWERS } from "../fields";
import { AGREE_VALUES, MONITOR_STATEMENTS, TRUST_STATEMENT } from "../questions";

export type MonitorRound = { year: number; opensAt: Date; closesAt: Date; state: SurveyState };

export function monitorRoundsOf(db: DbOrTx, now = new Date()): MonitorRound[] {
  return db
    .select({ year: monitorRounds.year, opensAt: monitorRounds.opensAt, closesAt: monitorRounds.closesAt })
    .from(monitorRounds)
    .orderBy(desc(monitorRounds.year))
    .all()
    .map((round) => ({ ...round, state: surveyState(round, now) }));
}

/** The year's survey per wijk, by wijk name. */
export function monitorSurveysOf(db: DbOrTx, year: number): { wijkId: number; wijk: string; surveyId: number }[] {
  return db
    .select({ wijkId: monitorSurveys.wijkId, wijk: wijken.name, surveyId: monitorSurveys.surveyId })
    .from(monitorSurveys)
    .innerJoin(wijken, eq(monitorSurveys.wijkId, wijken.id))
    .where(eq(monitorSurveys.year, year))
    .orderBy(asc(wijken.name))
    .all();
}

/** One wijk in one year: how many answered and, from 10 answers on, the share that agrees with each statement. */
export type WijkYear = { year: number; answered: PeopleCount; shown: boolean; agree: (number | null)[] };
export type WijkTrend = { wijkId: number; wijk: string; population: number | null; years: WijkYear[] };
/** Those who took part in an activity and those who did not, over all wijken of one year: never per person. */
export type ParticipationCompare = { year: number; took: { answered: PeopleCount; trust: number | null }; didNot: { answered: PeopleCount; trust: number | null } };

type AnswerRow = { surveyId: number; responseId: number; position: number; value: string };

const PARTICIPATION_POSITION = MONITOR_STATEMENTS.length + 1;

/** Agree share of a statement among the given responses (null under the thresholds). */
function agreeShare(rows: AnswerRow[], statement: number, responses?: Set<number>): number | null {
  const answers = rows.filter((row) => row.position === statement + 1 && (!responses || responses.has(row.responseId)));
  return publicShare(answers.filter((row) => AGREE_VALUES.includes(row.value)).length, answers.length);
}

/**
 * Every wijk's monitor over the years, and the comparison of participants with others per year.
 * A wijk-year with fewer than 10 answers shows no share at all; every count is a public count, and
 * every share is made from public counts (publicShare), so no figure here singles anyone out.
 */
export function monitorTrends(db: DbOrTx): { trends: WijkTrend[]; compare: ParticipationCompare[] } {
  const all = db.select({ year: monitorSurveys.year, wijkId: monitorSurveys.wijkId, wijk: wijken.name, surveyId: monitorSurveys.surveyId }).from(monitorSurveys).innerJoin(wijken, eq(monitorSurveys.wijkId, wijken.id)).orderBy(asc(wijken.name), asc(monitorSurveys.year)).all();
  const ids = all.map((row) => row.surveyId);
  const responses = new Map(
    ids.length ? db.select({ surveyId: surveyResponses.surveyId, n: count() }).from(surveyResponses).where(inArray(surveyResponses.surveyId, ids)).groupBy(surveyResponses.surveyId).all().map((row) => [row.surveyId, row.n]) : [],
  );
  const rows: AnswerRow[] = ids.length
    ? db
        .select({ surveyId: surveyResponses.surveyId, responseId: surveyAnswers.responseId, position: surveyQuestions.position, value: surveyAnswers.value })
        .from(surveyAnswers)
        .innerJoin(surveyResponses, eq(surveyAnswers.responseId, surveyResponses.id))
        .innerJoin(surveyQuestions, eq(surveyAnswers.questionId, surveyQuestions.id))
        .where(inArray(surveyResponses.surveyId, ids))
        .all()
    : [];
  const population = new Map<number, number>();
  for (const row of db.select({ wijkId: populationCounts.wijkId, count: populationCounts.count }).from(populationCounts).all()) population.set(row.wijkId, (population.get(row.wijkId) ?? 0) + row.count);

  const trends: WijkTrend[] = [];
  for (const row of all) {
    let trend = trends.find((t) => t.wijkId === row.wijkId);
    if (!trend) trends.push((trend = { wijkId: row.wijkId, wijk: row.wijk, population: population.get(row.wijkId) ?? null, years: [] }));
    const n = responses.get(row.surveyId) ?? 0;
    const shown = n >= MONITOR_MIN_ANSWERS;
    const own = rows.filter((answer) => answer.surveyId === row.surveyId);
    trend.years.push({ year: row.year, answered: publicCount(n), shown, agree: MONITOR_STATEMENTS.map((_, i) => (shown ? agreeShare(own, i) : null)) });
  }

  const compare = [...new Set(all.map((row) => row.year))].map((year) => {
    const yearIds = new Set(all.filter((row) => row.year === year).map((row) => row.surveyId));
    const yearRows = rows.filter((row) => yearIds.has(row.surveyId));
    const group = (value: string) => {
      const people = new Set(yearRows.filter((row) => row.position === PARTICIPATION_POSITION && row.value === value).map((row) => row.responseId));
      return { answered: publicCount(people.size), trust: people.size >= MONITOR_MIN_ANSWERS ? agreeShare(yearRows, TRUST_STATEMENT, people) : null };
    };
    return { year, took: group("ja"), didNot: group("nee") };
  });
  return { trends, compare };
}
