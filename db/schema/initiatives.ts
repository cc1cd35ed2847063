import { sql } from "drizzle-orm";
import { check, index, integer, type SQLiteColumn, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { INITIATIVE_STATUSES, PUBLIC_STATUSES, REPORT_REASONS } from "../enums";
import { createdAt } from "./columns";
import { users } from "./auth";
import { themes, wijken } from "./reference";

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
