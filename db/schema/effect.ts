import { sql } from "drizzle-orm";
import { check, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";
import { signups } from "./activities";
import { surveyLinks, surveys } from "./surveys";
import { wijken } from "./reference";

// Did it make a difference (lib/effect/): the three questions after an activity and the yearly
// buurtmonitor, both surveys of the question engine (db/schema/surveys.ts).

/**
 * "Hoe was het?" went to this sign-up once, with this one-time link. The row says only that a link
 * was sent: whether it was used is known from the token alone (survey_answered), and no answer
 * leads back here. The link goes with the sign-up (cascade) and with the survey link.
 */
export const feedbackInvites = sqliteTable("feedback_invites", {
  signupId: integer("signup_id")
    .primaryKey()
    .references(() => signups.id, { onDelete: "cascade" }),
  tokenHash: text("token_hash")
    .notNull()
    .unique()
    .references(() => surveyLinks.tokenHash, { onDelete: "cascade" }),
  createdAt: createdAt(),
});

/** One yearly buurtmonitor: its window, set by the beheerder; `invitedAt` once the mail went out. */
export const monitorRounds = sqliteTable(
  "monitor_rounds",
  {
    year: integer("year").primaryKey(),
    opensAt: integer("opens_at", { mode: "timestamp_ms" }).notNull(),
    closesAt: integer("closes_at", { mode: "timestamp_ms" }).notNull(),
    invitedAt: integer("invited_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [check("monitor_rounds_window", sql`${t.closesAt} > ${t.opensAt}`)],
);

/** The monitor of one wijk in one year: its own survey, so the wijk is where one answers, not an answer. */
export const monitorSurveys = sqliteTable(
  "monitor_surveys",
  {
    year: integer("year")
      .notNull()
      .references(() => monitorRounds.year, { onDelete: "cascade" }),
    wijkId: integer("wijk_id")
      .notNull()
      .references(() => wijken.id, { onDelete: "cascade" }),
    surveyId: integer("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.year, t.wijkId] }), uniqueIndex("monitor_surveys_survey_idx").on(t.surveyId)],
);
