import "server-only";
import { and, count, desc, eq, inArray, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { backings, initiatives, themes, users, wijken, type InitiativeStatus } from "@/db/schema";
import { PUBLIC_STATUSES } from "./status";

export type InitiativeCard = {
  id: number;
  title: string;
  pitch: string;
  status: InitiativeStatus;
  wijkName: string;
  themeName: string;
};

const cardColumns = {
  id: initiatives.id,
  title: initiatives.title,
  pitch: initiatives.pitch,
  status: initiatives.status,
  wijkName: wijken.name,
  themeName: themes.name,
};

const isPublic = and(inArray(initiatives.status, [...PUBLIC_STATUSES]), isNull(initiatives.hiddenAt));

/** The most recently published initiatives, for the home page. */
export function listNewestPublished(limit: number): InitiativeCard[] {
  return getDb()
    .select(cardColumns)
    .from(initiatives)
    .innerJoin(wijken, eq(initiatives.wijkId, wijken.id))
    .innerJoin(themes, eq(initiatives.themeId, themes.id))
    .where(isPublic)
    .orderBy(desc(initiatives.publishedAt), desc(initiatives.id))
    .limit(limit)
    .all();
}

export type PublicInitiative = InitiativeCard & {
  description: string;
  initiatorName: string;
  backingCount: number;
};

/** One published initiative, or null when it does not exist or is not public. */
export function getPublicInitiative(id: number): PublicInitiative | null {
  const db = getDb();
  const row = db
    .select({ ...cardColumns, description: initiatives.description, initiatorName: users.displayName, onBehalfName: initiatives.onBehalfName })
    .from(initiatives)
    .innerJoin(wijken, eq(initiatives.wijkId, wijken.id))
    .innerJoin(themes, eq(initiatives.themeId, themes.id))
    .leftJoin(users, eq(initiatives.initiatorId, users.id))
    .where(and(eq(initiatives.id, id), isPublic))
    .get();
  if (!row) return null;
  const [backed] = db.select({ n: count() }).from(backings).where(eq(backings.initiativeId, id)).all();
  const { onBehalfName, ...rest } = row;
  return {
    ...rest,
    initiatorName: row.initiatorName ?? onBehalfName ?? "oud-bewoner",
    backingCount: backed?.n ?? 0,
  };
}
