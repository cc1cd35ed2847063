import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { NOTIFICATION_KINDS } from "../enums";
import { createdAt } from "./columns";
import { users } from "./auth";
import { initiatives } from "./initiatives";
import { projects } from "./projects";

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
    // Project news (kinds project_*) belongs to a project instead of an idea.
    projectId: integer("project_id").references(() => projects.id, { onDelete: "cascade" }),
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
    index("notifications_project_idx").on(t.projectId),
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
