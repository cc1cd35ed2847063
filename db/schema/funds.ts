import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";
import { users } from "./auth";
import { initiatives } from "./initiatives";

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

/**
 * An idea's money request once the initiator sent it: who is to act next and by when (5 working
 * days each, as for ideas). One per idea; sending again after a decision starts it over.
 */
export const fundRequests = sqliteTable(
  "fund_requests",
  {
    initiativeId: integer("initiative_id")
      .primaryKey()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }).notNull(),
    adviceDueAt: integer("advice_due_at", { mode: "timestamp_ms" }).notNull(),
    advisedAt: integer("advised_at", { mode: "timestamp_ms" }),
    decisionDueAt: integer("decision_due_at", { mode: "timestamp_ms" }),
    decidedAt: integer("decided_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("fund_requests_waiting_idx").on(t.decidedAt, t.advisedAt)],
);
