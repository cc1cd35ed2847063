import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { AGE_GROUPS, QUESTION_KINDS, RESPONSE_SOURCES, SURVEY_OWNER_KINDS } from "../enums";
import { createdAt } from "./columns";
import { wijken } from "./reference";

// The question engine (lib/surveys/). A survey belongs to something else by kind and id (a project
// now; an activity or a monitor year later) and knows nothing of it.
//
// ANONYMITY: no table here has a column for, or a foreign key to, a user, a sign-up or any contact
// detail (tests/surveys/anonymity.test.ts reads the schema). Who answered is kept apart, as a hash,
// in survey_answered; wijk and age group apart again, as counts, in survey_reach.

export const surveys = sqliteTable(
  "surveys",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    ownerKind: text("owner_kind", { enum: SURVEY_OWNER_KINDS }).notNull(),
    ownerId: integer("owner_id").notNull(),
    title: text("title").notNull(),
    opensAt: integer("opens_at", { mode: "timestamp_ms" }).notNull(),
    closesAt: integer("closes_at", { mode: "timestamp_ms" }).notNull(),
    // Ask wijk and age group at the end (optional for the one answering).
    asksProfile: integer("asks_profile", { mode: "boolean" }).notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [index("surveys_owner_idx").on(t.ownerKind, t.ownerId), check("surveys_window", sql`${t.closesAt} > ${t.opensAt}`)],
);

/** Options: for "een" and "meer", each an optional picture (an emoji) and a label. */
export type QuestionOption = { picture: string; label: string };

export const surveyQuestions = sqliteTable(
  "survey_questions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    surveyId: integer("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    kind: text("kind", { enum: QUESTION_KINDS }).notNull(),
    prompt: text("prompt").notNull(),
    options: text("options", { mode: "json" }).$type<QuestionOption[]>().notNull(),
  },
  (t) => [index("survey_questions_survey_idx").on(t.surveyId, t.position)],
);

/**
 * One filled-in survey. The id is random (lib/surveys/commands/answer.ts) and only the day is kept,
 * so neither the order of the rows nor a time lines a response up with a row in survey_answered.
 */
export const surveyResponses = sqliteTable(
  "survey_responses",
  {
    id: integer("id").primaryKey(),
    surveyId: integer("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    source: text("source", { enum: RESPONSE_SOURCES }).notNull(),
    day: text("day").notNull(),
  },
  (t) => [index("survey_responses_survey_idx").on(t.surveyId)],
);

/** One answer: the option numbers ("0" or "0,2"), the smiley 1 to 5, "ja"/"nee", or the text. */
export const surveyAnswers = sqliteTable(
  "survey_answers",
  {
    responseId: integer("response_id")
      .notNull()
      .references(() => surveyResponses.id, { onDelete: "cascade" }),
    questionId: integer("question_id")
      .notNull()
      .references(() => surveyQuestions.id, { onDelete: "cascade" }),
    value: text("value").notNull(),
  },
  (t) => [primaryKey({ columns: [t.responseId, t.questionId] }), index("survey_answers_question_idx").on(t.questionId)],
);

/**
 * "Has answered": a hash of the device cookie or of the account, per survey; no time, no link to
 * the answers. The primary key is what makes "once per device, once per account" hold.
 */
export const surveyAnswered = sqliteTable(
  "survey_answered",
  {
    surveyId: integer("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    whoHash: text("who_hash").notNull(),
  },
  (t) => [primaryKey({ columns: [t.surveyId, t.whoHash] })],
);

/**
 * A personal one-time link to a survey (e.g. in the mail after an activity): only a SHA-256 of the
 * random token. The link counts as the person for "has answered" (survey_answered holds another
 * hash of the same token), so only the holder of the token can tell whether it was used.
 */
export const surveyLinks = sqliteTable(
  "survey_links",
  {
    tokenHash: text("token_hash").primaryKey(),
    surveyId: integer("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
  },
  (t) => [index("survey_links_survey_idx").on(t.surveyId)],
);

/** Answers so far, kept between the screens under a hash of the device cookie; gone when sent. */
export const surveyDrafts = sqliteTable(
  "survey_drafts",
  {
    surveyId: integer("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    deviceHash: text("device_hash").notNull(),
    answers: text("answers", { mode: "json" }).$type<Record<string, string>>().notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.surveyId, t.deviceHash] }), index("survey_drafts_updated_idx").on(t.updatedAt)],
);

/**
 * Whom the survey reached: how many said this wijk and this age group (0 and "": not said). Only
 * counts, so no row stands for one person and none lines up with a response.
 */
export const surveyReach = sqliteTable(
  "survey_reach",
  {
    surveyId: integer("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    wijkId: integer("wijk_id").notNull(),
    ageGroup: text("age_group").notNull(),
    count: integer("count").notNull(),
  },
  (t) => [primaryKey({ columns: [t.surveyId, t.wijkId, t.ageGroup] })],
);

/**
 * How many people live in each wijk per age group (e.g. from CBS), entered by the beheerder, so
 * "whom did we reach" stands beside "who lives there". `source` says where the numbers come from.
 */
export const populationCounts = sqliteTable(
  "population_counts",
  {
    wijkId: integer("wijk_id")
      .notNull()
      .references(() => wijken.id, { onDelete: "cascade" }),
    ageGroup: text("age_group", { enum: AGE_GROUPS }).notNull(),
    count: integer("count").notNull(),
    source: text("source").notNull(),
  },
  (t) => [primaryKey({ columns: [t.wijkId, t.ageGroup] }), check("population_counts_count", sql`${t.count} >= 0`)],
);
