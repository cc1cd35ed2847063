import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";
import { users } from "./auth";
import { initiatives } from "./initiatives";

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
