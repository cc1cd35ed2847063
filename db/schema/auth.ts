import { sql } from "drizzle-orm";
import { index, integer, primaryKey, type SQLiteColumn, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { NOTIFY_CHOICES, ROLES } from "../enums";
import { createdAt } from "./columns";
import { wijken } from "./reference";

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
    // Finds an account by an address typed in any case (retention, a coach starting a trajectory).
    index("users_email_lower_idx").on(sql`lower(${t.email})`),
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
