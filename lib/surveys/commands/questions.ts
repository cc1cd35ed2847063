import { and, eq, max } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { SurveyOwnerKind } from "@/db/enums";
import { surveyQuestions, surveys } from "@/db/schema";
import { recordAudit } from "@/lib/platform/audit/record";
import { AppError } from "@/lib/platform/errors";
import { parseOptions } from "../answer-value";
import { hasOptions } from "../fields";
import type { QuestionData } from "../schema";

// Writing a survey. The owner (a project) checks who may, and calls these inside its own
// transaction, so the owner's rule and the write are one.

export type SurveyOwner = { kind: SurveyOwnerKind; id: number };

/** The owner's survey, made on first use with the given window. */
export function ensureSurvey(tx: DbOrTx, owner: SurveyOwner, window: SurveyWindow): number {
  return surveyOf(tx, owner) ?? createSurvey(tx, owner, window);
}

type SurveyWindow = { title: string; opensAt: Date; closesAt: Date; asksProfile?: boolean };

/** A new survey of the owner, also when it has one already (the monitor has one per wijk a year). */
export function createSurvey(tx: DbOrTx, owner: SurveyOwner, window: SurveyWindow): number {
  return tx
    .insert(surveys)
    .values({ ownerKind: owner.kind, ownerId: owner.id, ...window })
    .returning({ id: surveys.id })
    .get().id;
}

export function surveyOf(tx: DbOrTx, owner: SurveyOwner): number | null {
  return (
    tx
      .select({ id: surveys.id })
      .from(surveys)
      .where(and(eq(surveys.ownerKind, owner.kind), eq(surveys.ownerId, owner.id)))
      .get()?.id ?? null
  );
}

/** Moves the survey's window (the owner's dates changed). */
export function setSurveyWindow(tx: DbOrTx, surveyId: number, window: { opensAt: Date; closesAt: Date }): void {
  tx.update(surveys).set(window).where(eq(surveys.id, surveyId)).run();
}

/** Adds a question at the end, without an audit record: for the fixed questions the platform itself asks. */
export function appendQuestion(tx: DbOrTx, surveyId: number, question: QuestionData): number {
  const last = tx.select({ position: max(surveyQuestions.position) }).from(surveyQuestions).where(eq(surveyQuestions.surveyId, surveyId)).get();
  return tx
    .insert(surveyQuestions)
    .values({
      surveyId,
      position: (last?.position ?? 0) + 1,
      kind: question.kind,
      prompt: question.prompt,
      options: hasOptions(question.kind) ? parseOptions(question.options) : [],
    })
    .returning({ id: surveyQuestions.id })
    .get().id;
}

export function addQuestion(tx: DbOrTx, input: { actorId: string; surveyId: number; question: QuestionData }): number {
  const { question } = input;
  const id = appendQuestion(tx, input.surveyId, question);
  recordAudit(tx, { actorId: input.actorId, action: "survey.question_added", targetType: "survey", targetId: input.surveyId, details: { questionId: id, kind: question.kind } });
  return id;
}

/** Removes a question and its answers; refused once anyone answered the survey (the report would change). */
export function removeQuestion(tx: DbOrTx, input: { actorId: string; surveyId: number; questionId: number; answered: boolean }): void {
  if (input.answered) throw new AppError("conflict", "Er zijn al antwoorden. Een vraag weghalen kan dan niet meer.");
  const result = tx
    .delete(surveyQuestions)
    .where(and(eq(surveyQuestions.id, input.questionId), eq(surveyQuestions.surveyId, input.surveyId)))
    .run();
  if (result.changes !== 1) throw new AppError("not_found", "Deze vraag bestaat niet (meer).");
  recordAudit(tx, { actorId: input.actorId, action: "survey.question_removed", targetType: "survey", targetId: input.surveyId, details: { questionId: input.questionId } });
}
