import "server-only";
import { asc } from "drizzle-orm";
import { getDb } from "@/db/client";
import type { Leefgebied } from "@/db/enums";
import { themes, wijken } from "@/db/schema";

export type Option = { id: number; name: string };

export function listWijken(): Option[] {
  return getDb().select({ id: wijken.id, name: wijken.name }).from(wijken).orderBy(asc(wijken.name)).all();
}

export function listThemes(): (Option & { leefgebied: Leefgebied })[] {
  return getDb()
    .select({ id: themes.id, name: themes.name, leefgebied: themes.leefgebied })
    .from(themes)
    .orderBy(asc(themes.id))
    .all();
}
