import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { ACTIVITY_APPROVALS, REPORT_REASONS, SIGNUP_STATUSES } from "../enums";
import { createdAt } from "./columns";
import { users } from "./auth";
import { initiatives } from "./initiatives";
import { wijken } from "./reference";

export const activitySeries = sqliteTable("activity_series", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull().unique(),
  oneSignupPerEmail: integer("one_signup_per_email", { mode: "boolean" }).notNull().default(false),
  createdAt: createdAt(),
});

export const activities = sqliteTable(
  "activities",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    wijkId: integer("wijk_id")
      .notNull()
      .references(() => wijken.id),
    address: text("address").notNull(),
    startsAt: integer("starts_at", { mode: "timestamp_ms" }).notNull(),
    endsAt: integer("ends_at", { mode: "timestamp_ms" }).notNull(),
    places: integer("places").notNull(),
    maxPartySize: integer("max_party_size").notNull().default(6),
    signupDeadline: integer("signup_deadline", { mode: "timestamp_ms" }).notNull(),
    seriesId: integer("series_id").references(() => activitySeries.id, { onDelete: "set null" }),
    initiativeId: integer("initiative_id").references(() => initiatives.id, {
      onDelete: "set null",
    }),
    cancelledAt: integer("cancelled_at", { mode: "timestamp_ms" }),
    createdById: text("created_by_id").references(() => users.id, { onDelete: "set null" }),
    // The initiator who organises it for their own idea (lib/activities/commands/organizer.ts); null for staff's.
    organizerId: text("organizer_id").references(() => users.id, { onDelete: "set null" }),
    approval: text("approval", { enum: ACTIVITY_APPROVALS }).notNull().default("goedgekeurd"),
    // Why a buurtwerker said no or paused it; the initiator reads it.
    approvalNote: text("approval_note"),
    // Hidden by reports or by the organiser's block; hiddenReason says which.
    hiddenAt: integer("hidden_at", { mode: "timestamp_ms" }),
    hiddenReason: text("hidden_reason"),
    createdAt: createdAt(),
  },
  (t) => [
    index("activities_starts_idx").on(t.startsAt),
    index("activities_wijk_idx").on(t.wijkId, t.startsAt),
    index("activities_series_idx").on(t.seriesId, t.startsAt),
    index("activities_created_by_idx").on(t.createdById),
    index("activities_organizer_idx").on(t.organizerId, t.createdAt),
    // The longest duration in one step: how far back an activity that has not ended can have started.
    index("activities_duration_idx").on(sql`(${t.endsAt} - ${t.startsAt})`),
    check("activities_places_positive", sql`${t.places} >= 1`),
    check("activities_party_size_positive", sql`${t.maxPartySize} >= 1`),
    check("activities_end_after_start", sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/**
 * Approved and not hidden: what every public list, page, feed and file shows. An activity that
 * waits, was refused, is paused or hidden is seen only by its organiser and staff.
 */
export const publicActivity = sql`(${activities.approval} = 'goedgekeurd' and ${activities.hiddenAt} is null)`;

/** Reports on an initiator's activity, counted like those on ideas and comments (lib/initiatives/commands/reports.ts). */
export const activityReports = sqliteTable(
  "activity_reports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    activityId: integer("activity_id")
      .notNull()
      .references(() => activities.id, { onDelete: "cascade" }),
    reporterId: text("reporter_id").references(() => users.id, { onDelete: "set null" }),
    reason: text("reason", { enum: REPORT_REASONS }).notNull(),
    note: text("note"),
    rangeKey: text("range_key"),
    resolvedAt: integer("resolved_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("activity_reports_one_per_resident").on(t.activityId, t.reporterId),
    index("activity_reports_reporter_idx").on(t.reporterId),
  ],
);

/** What the organiser sent to everyone signed up (lib/activities/commands/organizer-message.ts); the daily limit counts these. */
export const activityMessages = sqliteTable(
  "activity_messages",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    activityId: integer("activity_id")
      .notNull()
      .references(() => activities.id, { onDelete: "cascade" }),
    senderId: text("sender_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    recipients: integer("recipients").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("activity_messages_activity_idx").on(t.activityId, t.createdAt), index("activity_messages_sender_idx").on(t.senderId)],
);

export const signups = sqliteTable(
  "signups",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    activityId: integer("activity_id")
      .notNull()
      .references(() => activities.id, { onDelete: "cascade" }),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    name: text("name").notNull(),
    // Lower-cased; null for a walk-in registered at the door.
    email: text("email"),
    // E.164 mobile number (lib/platform/sms/phone.ts); a guest may sign up with it instead of an address.
    phone: text("phone"),
    partySize: integer("party_size").notNull(),
    notes: text("notes"),
    status: text("status", { enum: SIGNUP_STATUSES }).notNull(),
    // SHA-256 of the personal cancel token; the token itself is only in the mail.
    cancelTokenHash: text("cancel_token_hash").unique(),
    // SHA-256 of the number and the short cancel code of the newest text message (lib/platform/sms/code.ts).
    cancelCodeHash: text("cancel_code_hash"),
    // Wrong codes tried on this number since that message; at CANCEL_CODE_TRIES the code is dead.
    cancelCodeTries: integer("cancel_code_tries").notNull().default(0),
    // The buurtwerker who signed the resident up for them, with the resident's consent.
    onBehalfById: text("on_behalf_by_id").references(() => users.id, { onDelete: "set null" }),
    // The reminder two days before went out (lib/activities/commands/reminders.ts); never twice.
    remindedAt: integer("reminded_at", { mode: "timestamp_ms" }),
    isWalkIn: integer("is_walk_in", { mode: "boolean" }).notNull().default(false),
    checkedInAt: integer("checked_in_at", { mode: "timestamp_ms" }),
    promotedAt: integer("promoted_at", { mode: "timestamp_ms" }),
    cancelledAt: integer("cancelled_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    // Covering index for places taken and attendance per activity (counted on every card and in
    // the figures). The rowid ends every entry, so a place on the waiting list is counted from it too.
    index("signups_activity_people_idx").on(t.activityId, t.status, t.isWalkIn, t.partySize, t.checkedInAt),
    index("signups_user_idx").on(t.userId),
    // A resident's sign-ups made as a guest with the account's address (account page, export).
    index("signups_email_idx").on(t.email),
    uniqueIndex("signups_one_active_per_email")
      .on(t.activityId, t.email)
      .where(sql`${t.status} != 'geannuleerd' AND ${t.email} IS NOT NULL`),
    // Only sign-ups by number alone: a household may share one number beside their own addresses.
    uniqueIndex("signups_one_active_per_phone")
      .on(t.activityId, t.phone)
      .where(sql`${t.status} != 'geannuleerd' AND ${t.phone} IS NOT NULL AND ${t.email} IS NULL`),
    // The series rule and the wipe of a number look sign-ups up by it.
    index("signups_phone_idx").on(t.phone),
    index("signups_on_behalf_by_idx").on(t.onBehalfById),
    check("signups_party_size_positive", sql`${t.partySize} >= 1`),
  ],
);
