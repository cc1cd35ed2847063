import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { LEEFGEBIEDEN } from "../enums";

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
