import { integer } from "drizzle-orm/sqlite-core";

// Timestamps are stored as Unix milliseconds (integer, mode "timestamp_ms").
export const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .$defaultFn(() => new Date());
