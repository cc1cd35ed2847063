import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { FEEDBACK_OUTCOMES, PROJECT_PHASES } from "../enums";
import { createdAt } from "./columns";
import { activities } from "./activities";
import { users } from "./auth";
import { wijken } from "./reference";

// The programme's own projects (lib/projects/): phases, team, meetings, feedback. Their
// vragenlijst lives in the question engine (db/schema/surveys.ts), owned as ("project", id).

export const projects = sqliteTable(
  "projects",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    // How residents were invited (posters, WhatsApp, mail, meetings): for the participatieverslag.
    invitedHow: text("invited_how").notNull().default(""),
    // The decision taken at the end, in B1; empty until there is one.
    decision: text("decision").notNull().default(""),
    // The project's picture (a stored photo's name, lib/initiatives/photo.ts) and its alt text.
    image: text("image"),
    imageAlt: text("image_alt").notNull().default(""),
    // The last phase whose start followers were told of (lib/projects/commands/phase-news.ts).
    announcedPhase: text("announced_phase", { enum: PROJECT_PHASES }),
    createdById: text("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("projects_created_by_idx").on(t.createdById)],
);

export const projectWijken = sqliteTable(
  "project_wijken",
  {
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    wijkId: integer("wijk_id")
      .notNull()
      .references(() => wijken.id),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.wijkId] }), index("project_wijken_wijk_idx").on(t.wijkId)],
);

/** A dated phase; what residents are asked in it, in one B1 sentence. */
export const projectPhases = sqliteTable(
  "project_phases",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    phase: text("phase", { enum: PROJECT_PHASES }).notNull(),
    startsOn: text("starts_on").notNull(),
    endsOn: text("ends_on").notNull(),
    ask: text("ask").notNull().default(""),
  },
  (t) => [
    uniqueIndex("project_phases_unique").on(t.projectId, t.phase),
    check("project_phases_dates", sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);

/** The team: accounts with the role projectteam that run this project. */
export const projectMembers = sqliteTable(
  "project_members",
  {
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.userId] }), index("project_members_user_idx").on(t.userId)],
);

/** Meetings: existing activities, with their own sign-up. */
export const projectActivities = sqliteTable(
  "project_activities",
  {
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    activityId: integer("activity_id")
      .notNull()
      .references(() => activities.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.activityId] }), index("project_activities_activity_idx").on(t.activityId)],
);

export const projectFollows = sqliteTable(
  "project_follows",
  {
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.userId] }), index("project_follows_user_idx").on(t.userId)],
);

/** "Wat doen we ermee": one point residents raised, what the team did with it and why. */
export const projectFeedback = sqliteTable(
  "project_feedback",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    topic: text("topic").notNull(),
    outcome: text("outcome", { enum: FEEDBACK_OUTCOMES }).notNull(),
    reason: text("reason").notNull(),
    // When followers were mailed about it; each point is sent once.
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [index("project_feedback_project_idx").on(t.projectId)],
);

/**
 * The keuze of the kiezen phase: one question, options with a picture each, choose one or up to
 * `maxChoices`. Open during the kiezen dates; its results are shown after them.
 */
export const projectPolls = sqliteTable(
  "project_polls",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    question: text("question").notNull(),
    maxChoices: integer("max_choices").notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("project_polls_project_unique").on(t.projectId), check("project_polls_max", sql`${t.maxChoices} >= 1`)],
);

export const projectPollOptions = sqliteTable(
  "project_poll_options",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    pollId: integer("poll_id")
      .notNull()
      .references(() => projectPolls.id, { onDelete: "cascade" }),
    label: text("label").notNull(),
    // A stored photo's name; its alt text is the label.
    photo: text("photo"),
  },
  (t) => [index("project_poll_options_poll_idx").on(t.pollId)],
);

/**
 * Who has voted: a keyed hash (HMAC with AUTH_SECRET) of the account id or of the confirmed mobile
 * number, per poll; no time, no link to the choice. The primary key is the one vote per person.
 */
export const projectPollVoters = sqliteTable(
  "project_poll_voters",
  {
    pollId: integer("poll_id")
      .notNull()
      .references(() => projectPolls.id, { onDelete: "cascade" }),
    voterHash: text("voter_hash").notNull(),
  },
  (t) => [primaryKey({ columns: [t.pollId, t.voterHash] })],
);

/** The choices of one vote under a random ballot id: nothing lines a ballot up with a voter. */
export const projectPollMarks = sqliteTable(
  "project_poll_marks",
  {
    ballotId: integer("ballot_id").notNull(),
    pollId: integer("poll_id")
      .notNull()
      .references(() => projectPolls.id, { onDelete: "cascade" }),
    optionId: integer("option_id")
      .notNull()
      .references(() => projectPollOptions.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.ballotId, t.optionId] }), index("project_poll_marks_poll_idx").on(t.pollId, t.optionId)],
);

/**
 * A text-message code asked to vote without an account. Found by a hash of the random token in
 * the asker's cookie; holds the keyed hash of the number (never the number) and of the code. Gone
 * when used, after too many wrong tries (it stops working) or when expired (the hourly job).
 */
export const projectPollCodes = sqliteTable(
  "project_poll_codes",
  {
    tokenHash: text("token_hash").primaryKey(),
    pollId: integer("poll_id")
      .notNull()
      .references(() => projectPolls.id, { onDelete: "cascade" }),
    voterHash: text("voter_hash").notNull(),
    codeHash: text("code_hash").notNull(),
    wrongTries: integer("wrong_tries").notNull().default(0),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("project_poll_codes_expires_idx").on(t.expiresAt)],
);

/**
 * A way to reach someone without an account, left for one project's "wat doen we ermee": an
 * e-mail address or a mobile number (E.164), never both. ANONYMITY: no column links it to an
 * answer, a response, a device, an account or a time of day (only the day it was left), so a
 * contact never lines up with an answer (tests/projects/contacts-anonymity.test.ts reads the
 * schema). The stop link's random token is stored only as a hash; stopping deletes the row, and
 * the retention job deletes it after the project's terugkoppelen (lib/projects/commands/contacts.ts).
 */
export const projectContacts = sqliteTable(
  "project_contacts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    email: text("email"),
    phone: text("phone"),
    // The sentence the person ticked, word for word, and the day (YYYY-MM-DD, no time).
    consentText: text("consent_text").notNull(),
    createdOn: text("created_on").notNull(),
    stopTokenHash: text("stop_token_hash").notNull(),
  },
  (t) => [
    uniqueIndex("project_contacts_email_unique").on(t.projectId, t.email),
    uniqueIndex("project_contacts_phone_unique").on(t.projectId, t.phone),
    uniqueIndex("project_contacts_stop_unique").on(t.stopTokenHash),
    check("project_contacts_one_way", sql`(${t.email} is null) <> (${t.phone} is null)`),
    check("project_contacts_day", sql`${t.createdOn} glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`),
  ],
);
export type ProjectContact = typeof projectContacts.$inferSelect;
