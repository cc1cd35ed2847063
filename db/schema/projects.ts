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
