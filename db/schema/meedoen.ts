import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { HELP_TAKE_STATUSES } from "../enums";
import { activities } from "./activities";
import { users } from "./auth";
import { createdAt } from "./columns";
import { initiatives } from "./initiatives";
import { wijken } from "./reference";

/** A place to help ("meedoen"): one task on one date (a few dates: one row each, one `seriesId`), offered by an initiator or a buurtwerker. */
export const helpPlaces = sqliteTable(
  "help_places",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    // What you do, in one B1 sentence.
    task: text("task").notNull(),
    // "Geen ervaring nodig", what to bring.
    bring: text("bring").notNull().default(""),
    wijkId: integer("wijk_id")
      .notNull()
      .references(() => wijken.id),
    address: text("address").notNull(),
    startsAt: integer("starts_at", { mode: "timestamp_ms" }).notNull(),
    endsAt: integer("ends_at", { mode: "timestamp_ms" }).notNull(),
    places: integer("places").notNull(),
    // The host's first name, as the helpers see it.
    hostName: text("host_name").notNull(),
    hostId: text("host_id").references(() => users.id, { onDelete: "set null" }),
    initiativeId: integer("initiative_id").references(() => initiatives.id, { onDelete: "set null" }),
    activityId: integer("activity_id").references(() => activities.id, { onDelete: "set null" }),
    // A place offered for a few dates is one row per date; the rows share the id of the first one.
    seriesId: integer("series_id"),
    createdAt: createdAt(),
  },
  (t) => [
    index("help_places_series_idx").on(t.seriesId),
    index("help_places_starts_idx").on(t.startsAt),
    index("help_places_wijk_idx").on(t.wijkId, t.startsAt),
    index("help_places_host_idx").on(t.hostId),
    index("help_places_initiative_idx").on(t.initiativeId),
    index("help_places_activity_idx").on(t.activityId),
    check("help_places_places_positive", sql`${t.places} >= 1`),
    check("help_places_end_after_start", sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/** A person who took a place: with an account, or with only a name and a mobile number. */
export const helpTakes = sqliteTable(
  "help_takes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    placeId: integer("place_id")
      .notNull()
      .references(() => helpPlaces.id, { onDelete: "cascade" }),
    userId: text("user_id").references(() => users.id, { onDelete: "cascade" }),
    // The first name the host sees.
    name: text("name").notNull(),
    // E.164 mobile number of a person without an account (lib/platform/sms/phone.ts).
    phone: text("phone"),
    status: text("status", { enum: HELP_TAKE_STATUSES }).notNull(),
    decidedAt: integer("decided_at", { mode: "timestamp_ms" }),
    // Set by the host after the date: true came, false did not come, null not marked yet.
    came: integer("came", { mode: "boolean" }),
    // The skills the host ticked (lib/meedoen/skills.ts), comma-separated keys.
    skills: text("skills").notNull().default(""),
    // The short code of the "Ik deed mee" certificate, given when the host marks that the person came.
    certificateCode: text("certificate_code").unique(),
    // Hash of the cancel code texted to a guest (lib/platform/sms/code.ts); the dates taken in one step share it.
    cancelCodeHash: text("cancel_code_hash"),
    cancelCodeTries: integer("cancel_code_tries").notNull().default(0),
    // When the host was reminded of an unanswered request, and when the buurtwerkers were told.
    hostRemindedAt: integer("host_reminded_at", { mode: "timestamp_ms" }),
    escalatedAt: integer("escalated_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("help_takes_place_idx").on(t.placeId, t.status),
    index("help_takes_user_idx").on(t.userId),
    index("help_takes_phone_idx").on(t.phone),
    uniqueIndex("help_takes_one_per_user").on(t.placeId, t.userId).where(sql`${t.status} != 'afgewezen' AND ${t.userId} IS NOT NULL`),
    uniqueIndex("help_takes_one_per_phone").on(t.placeId, t.phone).where(sql`${t.status} != 'afgewezen' AND ${t.phone} IS NOT NULL`),
    check("help_takes_reachable", sql`${t.userId} IS NOT NULL OR ${t.phone} IS NOT NULL`),
  ],
);
