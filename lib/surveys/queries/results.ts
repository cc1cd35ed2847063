import { eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { populationCounts, surveyAnswers, surveyReach, wijken } from "@/db/schema";
import { publicCount, type PeopleCount } from "@/lib/stats/present";
import { AGE_GROUP_LABELS, AGE_GROUPS, isFreeText, SMILEYS, YES_NO, type AgeGroup } from "../fields";
import type { Survey, SurveyQuestion } from "./survey";

export type ResultBar = { picture: string; label: string; count: PeopleCount; share: number };
export type QuestionResult = { question: SurveyQuestion; answered: PeopleCount; bars: ResultBar[] };

/**
 * The answers per question, as counts of people: every count goes through publicCount (0, "<5",
 * else rounded to 5), so no count under 5 shows in any bar, and no difference of two shown counts
 * gives one back (tests/surveys/results.test.ts). Free text is not counted here: only the team
 * reads it (freeTextAnswers).
 */
export function surveyResults(db: DbOrTx, survey: Survey): QuestionResult[] {
  return pooledResults(db, [survey]);
}

/**
 * The answers of several surveys with the same questions taken together (e.g. every BBQ of a
 * series), question by question in the order of the first survey; counted like surveyResults.
 */
export function pooledResults(db: DbOrTx, pool: Survey[]): QuestionResult[] {
  const closed = (pool[0]?.questions ?? []).filter((question) => !isFreeText(question.kind));
  if (closed.length === 0) return [];
  const idsAt = (index: number) => pool.map((survey) => survey.questions[index]?.id).filter((id): id is number => id !== undefined);
  const positions = new Map(closed.map((question) => [question.id, pool[0]!.questions.indexOf(question)]));
  const rows = db
    .select({ questionId: surveyAnswers.questionId, value: surveyAnswers.value })
    .from(surveyAnswers)
    .where(inArray(surveyAnswers.questionId, closed.flatMap((question) => idsAt(positions.get(question.id)!))))
    .all();
  return closed.map((question) => {
    const ids = new Set(idsAt(positions.get(question.id)!));
    const values = rows.filter((row) => ids.has(row.questionId)).map((row) => row.value);
    const choices = choicesOf(question);
    const counted = choices.map((choice) => ({
      ...choice,
      n: values.filter((value) => (question.kind === "meer" ? value.split(",") : [value]).includes(choice.value)).length,
    }));
    const shown = counted.map((choice) => publicCount(choice.n));
    // Bar lengths come from the shown counts only, so a bar tells no more than its number.
    const widest = Math.max(1, ...shown.map((count) => (typeof count === "number" ? count : 0)));
    return {
      question,
      answered: publicCount(values.length),
      bars: counted.map((choice, i) => ({ picture: choice.picture, label: choice.label, count: shown[i]!, share: typeof shown[i] === "number" ? (shown[i] as number) / widest : 0 })),
    };
  });
}

function choicesOf(question: SurveyQuestion): { value: string; picture: string; label: string }[] {
  if (question.kind === "smiley") return SMILEYS.map((s) => ({ value: s.value, picture: s.face, label: s.word }));
  if (question.kind === "janee") return YES_NO.map((s) => ({ value: s.value, picture: s.face, label: s.word }));
  return question.options.map((option, i) => ({ value: String(i), picture: option.picture, label: option.label }));
}

/** The free-text answers of one question, for the team only; never published as they are. */
export function freeTextAnswers(db: DbOrTx, question: SurveyQuestion): string[] {
  if (!isFreeText(question.kind)) return [];
  return db
    .select({ value: surveyAnswers.value })
    .from(surveyAnswers)
    .where(eq(surveyAnswers.questionId, question.id))
    .all()
    .map((row) => row.value)
    .sort();
}

export type ReachRow = { label: string; count: PeopleCount; population: number | null };
export type Reach = { byWijk: ReachRow[]; byAge: ReachRow[]; source: string | null };

/**
 * Whom the survey reached, per wijk and per age group (each on its own, never combined), as public
 * counts, beside how many live there (the beheerder's reference numbers, for `wijkIds`: the wijken
 * the owner is about, which are listed even when nobody from there answered).
 */
export function surveyReachOf(db: DbOrTx, surveyId: number, wijkIds: number[]): Reach {
  const rows = db.select({ wijkId: surveyReach.wijkId, ageGroup: surveyReach.ageGroup, n: surveyReach.count }).from(surveyReach).where(eq(surveyReach.surveyId, surveyId)).all();
  const people = wijkIds.length ? db.select().from(populationCounts).where(inArray(populationCounts.wijkId, wijkIds)).all() : [];
  const names = new Map(db.select({ id: wijken.id, name: wijken.name }).from(wijken).all().map((w) => [w.id, w.name]));
  const sum = <K extends string | number>(keys: K[], keyOf: (row: { wijkId: number; ageGroup: string }) => K) => {
    const sums = new Map<K, number>(keys.map((key) => [key, 0]));
    for (const row of rows) sums.set(keyOf(row), (sums.get(keyOf(row)) ?? 0) + row.n);
    return sums;
  };
  const lived = (match: (row: (typeof people)[number]) => boolean) => {
    const matching = people.filter(match);
    return matching.length ? matching.reduce((total, row) => total + row.count, 0) : null;
  };
  const byWijk = [...sum<number>(wijkIds, (row) => row.wijkId)].map(([wijkId, total]) => ({
    label: wijkId === 0 ? NOT_SAID : (names.get(wijkId) ?? NOT_SAID),
    count: publicCount(total),
    population: wijkId === 0 ? null : lived((row) => row.wijkId === wijkId),
  }));
  const byAge = [...sum<string>([...AGE_GROUPS], (row) => row.ageGroup)].map(([group, total]) => ({
    label: group === "" ? NOT_SAID : AGE_GROUP_LABELS[group as AgeGroup],
    count: publicCount(total),
    population: group === "" ? null : lived((row) => row.ageGroup === group),
  }));
  return { byWijk, byAge, source: people[0]?.source ?? null };
}

const NOT_SAID = "Niet gezegd";
