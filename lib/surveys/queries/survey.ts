import { asc, count, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { surveyQuestions, surveyResponses, surveys, type QuestionOption } from "@/db/schema";
import type { QuestionKind, SurveyOwnerKind } from "@/db/enums";

export type SurveyQuestion = { id: number; position: number; kind: QuestionKind; prompt: string; options: QuestionOption[] };
export type Survey = {
  id: number;
  ownerKind: SurveyOwnerKind;
  ownerId: number;
  title: string;
  opensAt: Date;
  closesAt: Date;
  asksProfile: boolean;
  questions: SurveyQuestion[];
};

/** A survey with its questions in order, or null. */
export function loadSurvey(db: DbOrTx, surveyId: number): Survey | null {
  const survey = db.select().from(surveys).where(eq(surveys.id, surveyId)).get();
  if (!survey) return null;
  const questions = db
    .select({ id: surveyQuestions.id, position: surveyQuestions.position, kind: surveyQuestions.kind, prompt: surveyQuestions.prompt, options: surveyQuestions.options })
    .from(surveyQuestions)
    .where(eq(surveyQuestions.surveyId, surveyId))
    .orderBy(asc(surveyQuestions.position), asc(surveyQuestions.id))
    .all();
  return { ...survey, questions };
}

export type SurveyState = "komt" | "open" | "gesloten";

export function surveyState(survey: { opensAt: Date; closesAt: Date }, now: Date): SurveyState {
  if (now < survey.opensAt) return "komt";
  return now < survey.closesAt ? "open" : "gesloten";
}

/** How many filled it in, online and on paper. */
export function responseCounts(db: DbOrTx, surveyId: number): { online: number; papier: number } {
  const rows = db
    .select({ source: surveyResponses.source, n: count() })
    .from(surveyResponses)
    .where(eq(surveyResponses.surveyId, surveyId))
    .groupBy(surveyResponses.source)
    .all();
  const of = (source: "online" | "papier") => rows.find((row) => row.source === source)?.n ?? 0;
  return { online: of("online"), papier: of("papier") };
}
