import crypto from "node:crypto";
import { and, eq, lt, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { surveyAnswered, surveyAnswers, surveyDrafts, surveyLinks, surveyReach, surveyResponses } from "@/db/schema";
import type { AgeGroup, ResponseSource } from "@/db/enums";
import { recordAudit } from "@/lib/platform/audit/record";
import { AppError, FieldRefusal } from "@/lib/platform/errors";
import { readAnswer } from "../answer-value";
import { loadSurvey, surveyState, type Survey } from "../queries/survey";

const DRAFT_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export const ALREADY_ANSWERED = "U heeft deze vragenlijst al ingevuld. Dank u wel!";

/** The hash under which "has answered" and a draft are kept: never the cookie or the account id itself. */
export function whoHash(surveyId: number, who: string): string {
  return crypto.createHash("sha256").update(`survey:${surveyId}:${who}`).digest("hex");
}

/** The open survey, or the reason it cannot be answered now. */
function openSurvey(tx: DbOrTx, surveyId: number, now: Date): Survey {
  const survey = loadSurvey(tx, surveyId);
  if (!survey) throw new AppError("not_found", "Deze vragenlijst bestaat niet.");
  const state = surveyState(survey, now);
  if (state === "komt") throw new AppError("conflict", "Deze vragenlijst is nog niet open.");
  if (state === "gesloten") throw new AppError("conflict", "Deze vragenlijst is gesloten. Invullen kan niet meer.");
  return survey;
}

function hasAnswered(tx: DbOrTx, surveyId: number, hashes: string[]): boolean {
  return hashes.some((hash) => !!tx.select({ s: surveyAnswered.surveyId }).from(surveyAnswered).where(and(eq(surveyAnswered.surveyId, surveyId), eq(surveyAnswered.whoHash, hash))).get());
}

/**
 * The person as the survey knows them: the device, the account if signed in, and the token of a
 * personal one-time link if they came through one.
 */
export type Respondent = { device: string; userId: string | null; link?: string | null };

/** The hash a one-time link is stored under in survey_links (another than its "has answered" hash). */
export const linkHash = (token: string) => crypto.createHash("sha256").update(`survey-link:${token}`).digest("hex");

const draftHashOf = (surveyId: number, who: Respondent) => whoHash(surveyId, `device:${who.device}`);

/**
 * Who counts as having answered. A valid personal link is the person (one answer per link, also
 * on a phone the family shares); without one, the device and the account.
 */
function hashesOf(tx: DbOrTx, surveyId: number, who: Respondent): string[] {
  if (who.link && tx.select({ s: surveyLinks.surveyId }).from(surveyLinks).where(and(eq(surveyLinks.tokenHash, linkHash(who.link)), eq(surveyLinks.surveyId, surveyId))).get()) {
    return [whoHash(surveyId, `link:${who.link}`)];
  }
  return [draftHashOf(surveyId, who), ...(who.userId ? [whoHash(surveyId, `user:${who.userId}`)] : [])];
}

/**
 * Keeps the answer to question `step` (1-based) in the device's draft and returns how many
 * questions there are. An answer that does not fit the question is refused at the field.
 */
export function saveDraftAnswer(
  db: Db,
  input: { surveyId: number; step: number; posted: string[]; who: Respondent; now?: Date },
): { total: number } {
  const now = input.now ?? new Date();
  return db.transaction(
    (tx) => {
      const survey = openSurvey(tx, input.surveyId, now);
      const question = survey.questions[input.step - 1];
      if (!question) throw new AppError("not_found", "Deze vraag bestaat niet.");
      if (hasAnswered(tx, survey.id, hashesOf(tx, survey.id, input.who))) throw new AppError("conflict", ALREADY_ANSWERED);
      const read = readAnswer(question, input.posted);
      if (!read.ok) throw new FieldRefusal("answer", read.message);
      const deviceHash = draftHashOf(survey.id, input.who);
      const draftKey = and(eq(surveyDrafts.surveyId, survey.id), eq(surveyDrafts.deviceHash, deviceHash));
      const draft = tx.select({ answers: surveyDrafts.answers }).from(surveyDrafts).where(draftKey).get();
      const answers = { ...draft?.answers };
      if (read.value === null) delete answers[String(question.id)];
      else answers[String(question.id)] = read.value;
      tx.insert(surveyDrafts)
        .values({ surveyId: survey.id, deviceHash, answers, updatedAt: now })
        .onConflictDoUpdate({ target: [surveyDrafts.surveyId, surveyDrafts.deviceHash], set: { answers, updatedAt: now } })
        .run();
      return { total: survey.questions.length };
    },
    { behavior: "immediate" },
  );
}

type Profile = { wijkId?: number; ageGroup?: AgeGroup };

/** A random id for a response: its place among the rows says nothing about when it came. */
const randomResponseId = () => crypto.randomInt(1, 2 ** 47);

/** The response, its answers and the profile count, in the caller's transaction. */
function storeResponse(tx: DbOrTx, surveyId: number, source: ResponseSource, answers: Record<string, string>, profile: Profile, now: Date): void {
  const id = randomResponseId();
  tx.insert(surveyResponses).values({ id, surveyId, source, day: now.toISOString().slice(0, 10) }).run();
  const rows = Object.entries(answers).map(([questionId, value]) => ({ responseId: id, questionId: Number(questionId), value }));
  if (rows.length > 0) tx.insert(surveyAnswers).values(rows).run();
  tx.insert(surveyReach)
    .values({ surveyId, wijkId: profile.wijkId ?? 0, ageGroup: profile.ageGroup ?? "", count: 1 })
    .onConflictDoUpdate({ target: [surveyReach.surveyId, surveyReach.wijkId, surveyReach.ageGroup], set: { count: sql`${surveyReach.count} + 1` } })
    .run();
}

/**
 * Sends the device's draft as one anonymous response. "Has answered" is marked for the device and
 * the account, apart from the response; the draft is gone. Once per device and once per account.
 */
export function submitOnline(db: Db, input: { surveyId: number; who: Respondent; profile: Profile; now?: Date }): void {
  const now = input.now ?? new Date();
  db.transaction(
    (tx) => {
      const survey = openSurvey(tx, input.surveyId, now);
      const hashes = hashesOf(tx, survey.id, input.who);
      if (hasAnswered(tx, survey.id, hashes)) throw new AppError("conflict", ALREADY_ANSWERED);
      const draftKey = and(eq(surveyDrafts.surveyId, survey.id), eq(surveyDrafts.deviceHash, draftHashOf(survey.id, input.who)));
      const draft = tx.select({ answers: surveyDrafts.answers }).from(surveyDrafts).where(draftKey).get();
      // Only answers to questions that still exist count.
      const known = new Set(survey.questions.map((question) => String(question.id)));
      const answers = Object.fromEntries(Object.entries(draft?.answers ?? {}).filter(([questionId]) => known.has(questionId)));
      if (Object.keys(answers).length === 0) throw new AppError("conflict", "U heeft nog geen vraag beantwoord. Begin bij de eerste vraag.");
      storeResponse(tx, survey.id, "online", answers, input.profile, now);
      tx.insert(surveyAnswered).values(hashes.map((whoHash) => ({ surveyId: survey.id, whoHash }))).run();
      tx.delete(surveyDrafts).where(draftKey).run();
      // Drafts nobody finished are forgotten after a day.
      tx.delete(surveyDrafts).where(lt(surveyDrafts.updatedAt, new Date(now.getTime() - DRAFT_MAX_AGE_MS))).run();
    },
    { behavior: "immediate" },
  );
}

/**
 * A paper form typed in by whoever collected it, marked as paper. Also after the survey closed
 * (paper comes in late), never before it opened. Each answer is checked like an online one.
 */
export function enterPaperResponse(
  tx: DbOrTx,
  input: { actorId: string; survey: Survey; posted: Record<string, string[]>; profile: Profile; now: Date },
): void {
  const { survey } = input;
  if (surveyState(survey, input.now) === "komt") throw new AppError("conflict", "Deze vragenlijst is nog niet open.");
  const answers: Record<string, string> = {};
  for (const question of survey.questions) {
    const read = readAnswer(question, input.posted[`q${question.id}`] ?? []);
    if (!read.ok) throw new FieldRefusal(`q${question.id}`, read.message);
    if (read.value !== null) answers[String(question.id)] = read.value;
  }
  if (Object.keys(answers).length === 0) throw new AppError("invalid", "Dit formulier is leeg. Vul minstens één antwoord in.");
  storeResponse(tx, survey.id, "papier", answers, input.profile, input.now);
  recordAudit(tx, { actorId: input.actorId, action: "survey.paper_entered", targetType: "survey", targetId: survey.id });
}
