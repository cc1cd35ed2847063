import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { TRAJECTORY_KINDS, TRAJECTORY_OUTCOMES } from "../enums";
import { users } from "./auth";
import { createdAt } from "./columns";

/**
 * A participation trajectory: one client (an account, or only a mobile number), one participatiecoach. Only the coach and the client
 * ever read these rows (lib/trajectories/); no other domain joins them.
 */
export const trajectories = sqliteTable(
  "trajectories",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    // Null for a client without an account: then client_phone is who they are.
    clientId: text("client_id").references(() => users.id, { onDelete: "cascade" }),
    coachId: text("coach_id").references(() => users.id, { onDelete: "set null" }),
    // The client's mobile number (E.164): for text messages, and the client itself when there is no
    // account (their places are the help_takes with this phone). Removed with the trajectory.
    clientPhone: text("client_phone"),
    // The first name of a client without an account (an account has its own display name).
    clientFirstName: text("client_first_name"),
    startsOn: text("starts_on").notNull(),
    plannedEndOn: text("planned_end_on").notNull(),
    hoursPerWeek: integer("hours_per_week").notNull(),
    kind: text("kind", { enum: TRAJECTORY_KINDS }).notNull(),
    // A label from the beheerder's list (setting clientGroups), e.g. "C".
    clientGroup: text("client_group").notNull(),
    startStep: integer("start_step").notNull(),
    // The exact consent text the client was shown, when, and by which coach.
    consentText: text("consent_text").notNull(),
    consentAt: integer("consent_at", { mode: "timestamp_ms" }).notNull(),
    consentById: text("consent_by_id").references(() => users.id, { onDelete: "set null" }),
    consentByName: text("consent_by_name").notNull(),
    nextReviewOn: text("next_review_on").notNull(),
    // Set once a reminder mail for nextReviewOn went out.
    reviewRemindedOn: text("review_reminded_on"),
    endedOn: text("ended_on"),
    outcome: text("outcome", { enum: TRAJECTORY_OUTCOMES }),
    createdAt: createdAt(),
  },
  (t) => [
    index("trajectories_coach_idx").on(t.coachId, t.endedOn),
    index("trajectories_client_idx").on(t.clientId),
    index("trajectories_review_idx").on(t.nextReviewOn),
    index("trajectories_ended_idx").on(t.endedOn),
    index("trajectories_consent_by_idx").on(t.consentById),
    uniqueIndex("trajectories_one_open_per_phone").on(t.clientPhone).where(sql`${t.endedOn} is null and ${t.clientPhone} is not null`),
    check("trajectories_client_known", sql`${t.clientId} is not null or ${t.clientPhone} is not null`),
    check("trajectories_start_step", sql`${t.startStep} between 1 and 6`),
    check("trajectories_hours", sql`${t.hoursPerWeek} between 1 and 40`),
    check("trajectories_outcome_when_ended", sql`(${t.endedOn} is null) = (${t.outcome} is null)`),
  ],
);

/** A review: the step on the participatieladder on that date, and a note. */
export const trajectoryReviews = sqliteTable(
  "trajectory_reviews",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    trajectoryId: integer("trajectory_id")
      .notNull()
      .references(() => trajectories.id, { onDelete: "cascade" }),
    on: text("on").notNull(),
    step: integer("step").notNull(),
    note: text("note").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [index("trajectory_reviews_trajectory_idx").on(t.trajectoryId, t.on), check("trajectory_reviews_step", sql`${t.step} between 1 and 6`)],
);

/** The coach's notes on a trajectory. */
export const trajectoryNotes = sqliteTable(
  "trajectory_notes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    trajectoryId: integer("trajectory_id")
      .notNull()
      .references(() => trajectories.id, { onDelete: "cascade" }),
    note: text("note").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("trajectory_notes_trajectory_idx").on(t.trajectoryId)],
);

/**
 * Who opened or changed a client's file and when: the client reads it on /account. Kept apart from
 * the beheerder's logbook, which must never name a client.
 */
export const trajectoryAccess = sqliteTable(
  "trajectory_access",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    trajectoryId: integer("trajectory_id")
      .notNull()
      .references(() => trajectories.id, { onDelete: "cascade" }),
    coachId: text("coach_id").references(() => users.id, { onDelete: "set null" }),
    coachName: text("coach_name").notNull(),
    // "bekeken", "gestart", "evaluatie", "notitie", "plek", "beeindigd".
    what: text("what").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("trajectory_access_trajectory_idx").on(t.trajectoryId, t.createdAt), index("trajectory_access_coach_idx").on(t.coachId)],
);

/**
 * One anonymous row per trajectory whose details were removed (retention or account deletion):
 * what the figures still need, with no link to a person, so "in total towards 600" stays right.
 */
export const trajectoryTally = sqliteTable("trajectory_tally", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  startedMonth: text("started_month").notNull(),
  endedMonth: text("ended_month"),
  steppedUp: integer("stepped_up", { mode: "boolean" }).notNull(),
  paidWork: integer("paid_work", { mode: "boolean" }).notNull(),
});

/**
 * A code sent by text message to the number of a client without an account, to open /mijn-traject
 * (lib/platform/security/phone-code.ts). Only hashes; removed with the trajectory.
 */
export const trajectoryCodes = sqliteTable(
  "trajectory_codes",
  {
    tokenHash: text("token_hash").primaryKey(),
    trajectoryId: integer("trajectory_id")
      .notNull()
      .references(() => trajectories.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    wrongTries: integer("wrong_tries").notNull().default(0),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("trajectory_codes_trajectory_idx").on(t.trajectoryId), index("trajectory_codes_expires_idx").on(t.expiresAt)],
);
