import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";
import { users } from "./auth";

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
    // What a notification mail carries, as " n:12 update:3 user:abc ": hiding or withdrawing a
    // thing recalls its queued mails, deleting an account rewrites its name in them.
    refs: text("refs"),
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

export type OutboxSms = typeof smsOutbox.$inferSelect;

export type OutboxMail = typeof mailOutbox.$inferSelect;

export type Job = typeof jobs.$inferSelect;

/**
 * The last change of each page-cache tag, in one sequence for all processes: writes bump their
 * tags in their own transaction (triggers, see drizzle/0003), so a cached page in any process can
 * tell that it is stale.
 */
export const cacheTags = sqliteTable(
  "cache_tags",
  // When the last change counts for visitors (ms), and the change before it that already counts:
  // set by the table's own triggers (drizzle/0035, lib/platform/page-cache/tag-log.ts).
  {
    tag: text("tag").primaryKey(),
    seq: integer("seq").notNull(),
    countsFrom: integer("counts_from").notNull().default(0),
    countedSeq: integer("counted_seq").notNull().default(0),
    countedFrom: integer("counted_from").notNull().default(0),
  },
  (t) => [index("cache_tags_seq_idx").on(t.seq)],
);
