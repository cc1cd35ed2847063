import { sql } from "drizzle-orm";
import {
  check,
  index,
  type SQLiteColumn,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { INITIATIVE_STATUSES, LEEFGEBIEDEN, NOTIFICATION_KINDS, NOTIFY_CHOICES, PUBLIC_STATUSES, REPORT_REASONS, ROLES, SIGNUP_STATUSES } from "./enums";

// Timestamps are stored as Unix milliseconds (integer, mode "timestamp_ms").
const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .$defaultFn(() => new Date());

/* ---------- reference data ---------- */

export const wijken = sqliteTable("wijken", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull().unique(),
});

export const themes = sqliteTable("themes", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull().unique(),
  leefgebied: text("leefgebied", { enum: LEEFGEBIEDEN }).notNull(),
});

export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

/* ---------- people and Auth.js ---------- */

/**
 * Accounts that never count as residents taking part in the figures: staff, alliance, blocked.
 * users_not_counted_idx is built on exactly this condition; a query uses it only when it repeats it.
 */
export const notCountedAsResident = (t: { role: SQLiteColumn; blockedAt: SQLiteColumn }) =>
  sql`(${t.role} != 'bewoner' or ${t.blockedAt} is not null)`;

export const users = sqliteTable(
  "users",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    // `name`, `email`, `emailVerified` and `image` are the columns Auth.js' adapter writes.
    name: text("name"),
    email: text("email").notNull().unique(),
    emailVerified: integer("email_verified", { mode: "timestamp_ms" }),
    image: text("image"),
    displayName: text("display_name"),
    role: text("role", { enum: ROLES }).notNull().default("bewoner"),
    wijkId: integer("wijk_id").references(() => wijken.id, { onDelete: "set null" }),
    blockedAt: integer("blocked_at", { mode: "timestamp_ms" }),
    // "Updates on ideas I follow" and "news for initiators and staff" (lib/notifications).
    followMails: text("follow_mails", { enum: NOTIFY_CHOICES }).notNull().default("weekly"),
    staffMails: text("staff_mails", { enum: NOTIFY_CHOICES }).notNull().default("direct"),
    // Why a buurtwerker blocked the account, shown to staff; who did it is in the audit log.
    blockedReason: text("blocked_reason"),
    createdAt: createdAt(),
  },
  (t) => [
    index("users_role_idx").on(t.role),
    index("users_display_name_idx").on(t.displayName),
    // The few accounts the figures leave out, read without scanning every resident.
    index("users_not_counted_idx").on(t.id).where(notCountedAsResident(t)),
  ],
);

export const accounts = sqliteTable(
  "accounts",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] }), index("accounts_user_idx").on(t.userId)],
);

export const sessions = sqliteTable(
  "sessions",
  {
    sessionToken: text("session_token").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expires: integer("expires", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const verificationTokens = sqliteTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: integer("expires", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

/**
 * The short code in the sign-in mail, for signing in on another device than the one that reads the
 * mail. One row per address (a newer code replaces the older). Only a keyed hash of the code is
 * stored, and Auth.js' link is encrypted with a key that needs the code too: the table alone never
 * yields a usable link.
 */
export const signInCodes = sqliteTable(
  "sign_in_codes",
  {
    email: text("email").primaryKey(),
    codeHash: text("code_hash").notNull(),
    encryptedUrl: text("encrypted_url").notNull(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    wrongTries: integer("wrong_tries").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index("sign_in_codes_expires_idx").on(t.expiresAt)],
);

/* ---------- initiatives ---------- */

/**
 * Published or further and not hidden: what the public lists show and the goal counts. The
 * initiatives_public_* indexes are built on exactly this condition, and SQLite uses one only for a
 * query that repeats it. The unary plus keeps the status indexes out of those queries: otherwise
 * SQLite may look up each public status and sort them all, instead of reading a partial index in
 * order and stopping after one page.
 */
export const publicInitiative = (t: { status: SQLiteColumn; hiddenAt: SQLiteColumn }) =>
  sql`(+${t.status} in (${sql.raw(PUBLIC_STATUSES.map((status) => `'${status}'`).join(", "))}) and ${t.hiddenAt} is null)`;

export const initiatives = sqliteTable(
  "initiatives",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    title: text("title").notNull(),
    pitch: text("pitch").notNull(),
    description: text("description").notNull().default(""),
    wijkId: integer("wijk_id")
      .notNull()
      .references(() => wijken.id),
    themeId: integer("theme_id")
      .notNull()
      .references(() => themes.id),
    needsHelp: integer("needs_help", { mode: "boolean" }).notNull().default(false),
    needsPlace: integer("needs_place", { mode: "boolean" }).notNull().default(false),
    needsMaterials: integer("needs_materials", { mode: "boolean" }).notNull().default(false),
    needsMoney: integer("needs_money", { mode: "boolean" }).notNull().default(false),
    moneyAmountEuros: integer("money_amount_euros"),
    photoPath: text("photo_path"),
    status: text("status", { enum: INITIATIVE_STATUSES }).notNull().default("concept"),
    // Null when the initiator has no account: a buurtwerker registered it on their behalf.
    initiatorId: text("initiator_id").references(() => users.id, { onDelete: "set null" }),
    onBehalfName: text("on_behalf_name"),
    onBehalfContact: text("on_behalf_contact"),
    onBehalfById: text("on_behalf_by_id").references(() => users.id, { onDelete: "set null" }),
    coachId: text("coach_id").references(() => users.id, { onDelete: "set null" }),
    submittedAt: integer("submitted_at", { mode: "timestamp_ms" }),
    answerDueAt: integer("answer_due_at", { mode: "timestamp_ms" }),
    publishedAt: integer("published_at", { mode: "timestamp_ms" }),
    result: text("result"),
    hiddenAt: integer("hidden_at", { mode: "timestamp_ms" }),
    // Counters shown on every list and detail page; changed in the same transaction as the
    // backing or paper support they count, so they never drift.
    backingCount: integer("backing_count").notNull().default(0),
    helperCount: integer("helper_count").notNull().default(0),
    paperCount: integer("paper_count").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" })
      .notNull()
      .$defaultFn(() => new Date()),
  },
  (t) => [
    index("initiatives_status_published_idx").on(t.status, t.publishedAt),
    index("initiatives_wijk_idx").on(t.wijkId, t.status),
    index("initiatives_theme_idx").on(t.themeId, t.status),
    // Covers "who proposed, when, where" for the figures; also the initiator's own list.
    index("initiatives_initiator_submitted_idx").on(t.initiatorId, t.submittedAt, t.wijkId),
    index("initiatives_coach_idx").on(t.coachId),
    index("initiatives_on_behalf_by_idx").on(t.onBehalfById),
    // The photo route finds the idea a photo belongs to.
    index("initiatives_photo_idx").on(t.photoPath).where(sql`${t.photoPath} IS NOT NULL`),
    index("initiatives_submitted_idx").on(t.status, t.submittedAt),
    // Covering index for proposals in a period (and wijk) with how far they got: the figures.
    index("initiatives_submitted_at_idx").on(t.submittedAt, t.wijkId, t.status),
    index("initiatives_support_idx").on(t.status, sql`(${t.backingCount} + ${t.paperCount})`),
    // One page of the public list, in its order, without reading the rest.
    index("initiatives_public_newest_idx").on(t.publishedAt).where(publicInitiative(t)),
    index("initiatives_public_wijk_idx").on(t.wijkId, t.publishedAt).where(publicInitiative(t)),
    index("initiatives_public_theme_idx").on(t.themeId, t.publishedAt).where(publicInitiative(t)),
    index("initiatives_public_support_idx").on(sql`(${t.backingCount} + ${t.paperCount})`).where(publicInitiative(t)),
    check(
      "initiatives_money_amount_range",
      sql`${t.moneyAmountEuros} IS NULL OR (${t.moneyAmountEuros} BETWEEN 1 AND 25000)`,
    ),
  ],
);

export const initiativeStatusChanges = sqliteTable(
  "initiative_status_changes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    initiativeId: integer("initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    fromStatus: text("from_status", { enum: INITIATIVE_STATUSES }),
    toStatus: text("to_status", { enum: INITIATIVE_STATUSES }).notNull(),
    actorId: text("actor_id").references(() => users.id, { onDelete: "set null" }),
    note: text("note"),
    createdAt: createdAt(),
  },
  // Covers "did this initiative ever reach status X" (the funnel); the history of one is a few rows.
  (t) => [index("status_changes_reached_idx").on(t.initiativeId, t.toStatus), index("status_changes_actor_idx").on(t.actorId)],
);

export const backings = sqliteTable(
  "backings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    initiativeId: integer("initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    // Kept (set to null) when the backer deletes the account: the backing stays counted, nameless.
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    helpOffered: integer("help_offered", { mode: "boolean" }).notNull().default(false),
    helpNote: text("help_note"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("backings_one_per_resident").on(t.initiativeId, t.userId),
    // Covering index for "distinct residents who backed, in a period" on the dashboard.
    index("backings_user_created_idx").on(t.userId, t.createdAt, t.helpOffered),
    // Covering indexes for backings (and helpers) in a period, in all and per initiative (figures).
    index("backings_created_idx").on(t.createdAt, t.helpOffered),
    index("backings_initiative_created_idx").on(t.initiativeId, t.createdAt, t.helpOffered),
  ],
);

export const paperBackings = sqliteTable(
  "paper_backings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    initiativeId: integer("initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    count: integer("count").notNull(),
    names: text("names"),
    registeredById: text("registered_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("paper_backings_initiative_idx").on(t.initiativeId),
    index("paper_backings_registered_by_idx").on(t.registeredById),
    check("paper_backings_count_positive", sql`${t.count} > 0`),
  ],
);

export const comments = sqliteTable(
  "comments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    initiativeId: integer("initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    hiddenAt: integer("hidden_at", { mode: "timestamp_ms" }),
    hiddenReason: text("hidden_reason"),
    createdAt: createdAt(),
  },
  (t) => [index("comments_initiative_idx").on(t.initiativeId, t.createdAt), index("comments_author_idx").on(t.authorId)],
);

export const reports = sqliteTable(
  "reports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    initiativeId: integer("initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    // Null for a report on the initiative itself.
    commentId: integer("comment_id").references(() => comments.id, { onDelete: "cascade" }),
    // Null once the reporter deleted the account: the report stays, so what it hid stays on the
    // buurtwerkers' review list.
    reporterId: text("reporter_id").references(() => users.id, { onDelete: "set null" }),
    reason: text("reason", { enum: REPORT_REASONS }).notNull(),
    note: text("note"),
    // The reporter's network (IPv4 /24, IPv6 /64), never the address: reports from one network
    // count once. Null for reports made before it was stored.
    rangeKey: text("range_key"),
    resolvedAt: integer("resolved_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    // One report per resident per target: the initiative itself, or one of its comments.
    uniqueIndex("reports_one_per_resident_initiative")
      .on(t.initiativeId, t.reporterId)
      .where(sql`${t.commentId} IS NULL`),
    uniqueIndex("reports_one_per_resident_comment")
      .on(t.commentId, t.reporterId)
      .where(sql`${t.commentId} IS NOT NULL`),
    index("reports_reporter_idx").on(t.reporterId),
  ],
);

/* ---------- activities ---------- */

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
    createdAt: createdAt(),
  },
  (t) => [
    index("activities_starts_idx").on(t.startsAt),
    index("activities_wijk_idx").on(t.wijkId, t.startsAt),
    index("activities_series_idx").on(t.seriesId, t.startsAt),
    index("activities_created_by_idx").on(t.createdById),
    // The longest duration in one step: how far back an activity that has not ended can have started.
    index("activities_duration_idx").on(sql`(${t.endsAt} - ${t.startsAt})`),
    check("activities_places_positive", sql`${t.places} >= 1`),
    check("activities_party_size_positive", sql`${t.maxPartySize} >= 1`),
    check("activities_end_after_start", sql`${t.endsAt} > ${t.startsAt}`),
  ],
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

/* ---------- the fund: money asked, granted, paid, spent and returned ---------- */
// Every amount is a whole number of euro cents (integer), never a float.

export const funds = sqliteTable("funds", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull().unique(),
  provider: text("provider").notNull(),
  open: integer("open", { mode: "boolean" }).notNull().default(true),
  createdAt: createdAt(),
});

export const fundBudgets = sqliteTable(
  "fund_budgets",
  {
    fundId: integer("fund_id")
      .notNull()
      .references(() => funds.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    amountCents: integer("amount_cents").notNull(),
  },
  (t) => [primaryKey({ columns: [t.fundId, t.year] }), check("fund_budgets_amount_range", sql`${t.amountCents} >= 0`)],
);

/** What an idea asks money for, line by line; the initiator writes them. */
export const budgetLines = sqliteTable(
  "budget_lines",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    initiativeId: integer("initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    whatFor: text("what_for").notNull(),
    amountCents: integer("amount_cents").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("budget_lines_initiative_idx").on(t.initiativeId), check("budget_lines_amount_positive", sql`${t.amountCents} > 0`)],
);

export const fundAdvices = sqliteTable(
  "fund_advices",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    initiativeId: integer("initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    text: text("text").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("fund_advices_initiative_idx").on(t.initiativeId), index("fund_advices_author_idx").on(t.authorId)],
);

/** The beheerder's decision on a money request: a grant (amount, fund, year) or a refusal (reason). */
export const grants = sqliteTable(
  "grants",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    initiativeId: integer("initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    fundId: integer("fund_id").references(() => funds.id),
    year: integer("year"),
    // Null for a refusal.
    amountCents: integer("amount_cents"),
    conditions: text("conditions"),
    contactName: text("contact_name"),
    contactEmail: text("contact_email"),
    reason: text("reason"),
    decidedById: text("decided_by_id").references(() => users.id, { onDelete: "set null" }),
    decidedAt: integer("decided_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    index("grants_initiative_idx").on(t.initiativeId),
    index("grants_fund_year_idx").on(t.fundId, t.year),
    index("grants_decided_by_idx").on(t.decidedById),
    check(
      "grants_granted_or_refused",
      sql`(${t.amountCents} IS NULL AND ${t.reason} IS NOT NULL) OR (${t.amountCents} > 0 AND ${t.fundId} IS NOT NULL AND ${t.year} IS NOT NULL)`,
    ),
  ],
);

/** Money moving on a grant: a tranche paid out, spending reported, or what is left returned. */
const grantMovement = () => ({
  id: integer("id").primaryKey({ autoIncrement: true }),
  grantId: integer("grant_id")
    .notNull()
    .references(() => grants.id, { onDelete: "cascade" }),
  on: integer("on_date", { mode: "timestamp_ms" }).notNull(),
  amountCents: integer("amount_cents").notNull(),
  byId: text("by_id").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
});

export const fundPayments = sqliteTable(
  "fund_payments",
  grantMovement(),
  (t) => [index("fund_payments_grant_idx").on(t.grantId), index("fund_payments_by_idx").on(t.byId), check("fund_payments_amount_positive", sql`${t.amountCents} > 0`)],
);

export const fundSpendings = sqliteTable(
  "fund_spendings",
  {
    ...grantMovement(),
    whatFor: text("what_for").notNull(),
    // A stored photo of the receipt (random name); only staff see it.
    receiptPhoto: text("receipt_photo"),
  },
  (t) => [
    index("fund_spendings_grant_idx").on(t.grantId),
    index("fund_spendings_by_idx").on(t.byId),
    index("fund_spendings_receipt_idx").on(t.receiptPhoto).where(sql`${t.receiptPhoto} IS NOT NULL`),
    check("fund_spendings_amount_positive", sql`${t.amountCents} > 0`),
  ],
);

export const fundReturns = sqliteTable(
  "fund_returns",
  grantMovement(),
  (t) => [index("fund_returns_grant_idx").on(t.grantId), index("fund_returns_by_idx").on(t.byId), check("fund_returns_amount_positive", sql`${t.amountCents} > 0`)],
);

/** "Wat is er bereikt": one per realised idea. */
export const initiativeResults = sqliteTable(
  "initiative_results",
  {
    initiativeId: integer("initiative_id")
      .primaryKey()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    whatHappened: text("what_happened").notNull(),
    peopleReached: integer("people_reached").notNull(),
    volunteers: integer("volunteers").notNull(),
    volunteerHours: integer("volunteer_hours").notNull(),
    photos: text("photos", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    updatedById: text("updated_by_id").references(() => users.id, { onDelete: "set null" }),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" })
      .notNull()
      .$defaultFn(() => new Date()),
  },
  (t) => [
    index("initiative_results_updated_by_idx").on(t.updatedById),
    check("initiative_results_counts", sql`${t.peopleReached} >= 0 AND ${t.volunteers} >= 0 AND ${t.volunteerHours} >= 0`),
  ],
);

/* ---------- cross-cutting ---------- */

export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    actorId: text("actor_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    targetType: text("target_type").notNull(),
    targetId: text("target_id").notNull(),
    details: text("details", { mode: "json" }).$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [
    index("audit_log_created_idx").on(t.createdAt),
    index("audit_log_target_idx").on(t.targetType, t.targetId),
    index("audit_log_actor_idx").on(t.actorId),
  ],
);

// Every outgoing mail is written here first (in the same transaction as the change that causes
// it), then delivered; a crash between the two leaves it pending instead of lost.
export const mailOutbox = sqliteTable(
  "mail_outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html").notNull(),
    attachments: text("attachments", { mode: "json" }).$type<
      { filename: string; contentType: string; content: string }[]
    >(),
    // Extra headers such as List-Unsubscribe (RFC 8058) for notification mails.
    headers: text("headers", { mode: "json" }).$type<Record<string, string>>(),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    createdAt: createdAt(),
  },
  (t) => [index("mail_outbox_pending_idx").on(t.sentAt, t.id)],
);

/** Text messages, queued in the transaction of the change like mail (lib/platform/sms/outbox.ts). */
export const smsOutbox = sqliteTable(
  "sms_outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    // E.164 mobile number.
    to: text("to").notNull(),
    text: text("text").notNull(),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    createdAt: createdAt(),
  },
  (t) => [index("sms_outbox_pending_idx").on(t.sentAt, t.id), index("sms_outbox_to_idx").on(t.to)],
);

export const rateLimitHits = sqliteTable(
  "rate_limit_hits",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    bucket: text("bucket").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("rate_limit_bucket_idx").on(t.bucket, t.createdAt)],
);

/* ---------- follow, progress updates, notifications, jobs ---------- */

export const follows = sqliteTable(
  "follows",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    initiativeId: integer("initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.initiativeId] }), index("follows_initiative_idx").on(t.initiativeId, t.userId)],
);

export const initiativeUpdates = sqliteTable(
  "initiative_updates",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    initiativeId: integer("initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    hiddenAt: integer("hidden_at", { mode: "timestamp_ms" }),
    hiddenReason: text("hidden_reason"),
    createdAt: createdAt(),
  },
  (t) => [index("initiative_updates_initiative_idx").on(t.initiativeId, t.createdAt), index("initiative_updates_author_idx").on(t.authorId)],
);

export const initiativeUpdatePhotos = sqliteTable(
  "initiative_update_photos",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    updateId: integer("update_id")
      .notNull()
      .references(() => initiativeUpdates.id, { onDelete: "cascade" }),
    // The photo route finds the update (and so the idea) a photo belongs to.
    photoPath: text("photo_path").notNull().unique(),
  },
  (t) => [index("initiative_update_photos_update_idx").on(t.updateId)],
);

/**
 * One row per person per event: the unique index is what makes "never the same event twice" hold
 * across retries, digests and two processes. `delivery` is the choice at the time of the event.
 */
export const notifications = sqliteTable(
  "notifications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    eventKey: text("event_key").notNull(),
    initiativeId: integer("initiative_id").references(() => initiatives.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: NOTIFICATION_KINDS }).notNull(),
    payload: text("payload", { mode: "json" }).$type<Record<string, string>>().notNull(),
    delivery: text("delivery", { enum: ["direct", "weekly"] }).notNull(),
    mailedAt: integer("mailed_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("notifications_once_per_event").on(t.userId, t.eventKey),
    // What still waits for a mail, at once or in the digest, oldest first.
    index("notifications_pending_idx").on(t.delivery, t.id).where(sql`${t.mailedAt} IS NULL`),
    index("notifications_initiative_idx").on(t.initiativeId),
  ],
);

/** One-click unsubscribe links: only the SHA-256 of the token is kept. */
export const unsubscribeTokens = sqliteTable(
  "unsubscribe_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    topic: text("topic", { enum: ["follow", "staff"] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("unsubscribe_tokens_user_idx").on(t.userId), index("unsubscribe_tokens_created_idx").on(t.createdAt)],
);

/**
 * Timed work (lib/jobs). A job is claimed in one IMMEDIATE transaction (claimed_by, claimed_until),
 * so two processes never run it at once; `unique_key` makes each occurrence of a recurring job
 * enqueued once.
 */
export const jobs = sqliteTable(
  "jobs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind").notNull(),
    uniqueKey: text("unique_key").unique(),
    runAt: integer("run_at", { mode: "timestamp_ms" }).notNull(),
    payload: text("payload", { mode: "json" }).$type<Record<string, unknown>>(),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    claimedBy: text("claimed_by"),
    claimedUntil: integer("claimed_until", { mode: "timestamp_ms" }),
    doneAt: integer("done_at", { mode: "timestamp_ms" }),
    failedAt: integer("failed_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("jobs_due_idx").on(t.runAt).where(sql`${t.doneAt} IS NULL AND ${t.failedAt} IS NULL`),
    index("jobs_failed_idx").on(t.failedAt).where(sql`${t.failedAt} IS NOT NULL`),
    index("jobs_done_idx").on(t.doneAt),
  ],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Wijk = typeof wijken.$inferSelect;
export type Theme = typeof themes.$inferSelect;
export type Initiative = typeof initiatives.$inferSelect;
export type NewInitiative = typeof initiatives.$inferInsert;
export type InitiativeStatusChange = typeof initiativeStatusChanges.$inferSelect;
export type Backing = typeof backings.$inferSelect;
export type PaperBacking = typeof paperBackings.$inferSelect;
export type Comment = typeof comments.$inferSelect;
export type Report = typeof reports.$inferSelect;
export type ActivitySeries = typeof activitySeries.$inferSelect;
export type Activity = typeof activities.$inferSelect;
export type NewActivity = typeof activities.$inferInsert;
export type Signup = typeof signups.$inferSelect;
export type OutboxSms = typeof smsOutbox.$inferSelect;
export type NewSignup = typeof signups.$inferInsert;
export type AuditEntry = typeof auditLog.$inferSelect;
export type OutboxMail = typeof mailOutbox.$inferSelect;
export type Job = typeof jobs.$inferSelect;
export type Notification = typeof notifications.$inferSelect;

/* ---------- page cache coherence ---------- */

/**
 * The last change of each page-cache tag, in one sequence for all processes: writes bump their
 * tags in their own transaction (triggers, see drizzle/0003), so a cached page in any process can
 * tell that it is stale.
 */
export const cacheTags = sqliteTable("cache_tags", { tag: text("tag").primaryKey(), seq: integer("seq").notNull() }, (t) => [
  index("cache_tags_seq_idx").on(t.seq),
]);
