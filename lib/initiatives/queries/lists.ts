import "server-only";
import { and, count, desc, eq, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import type { InitiativeStatus } from "@/db/enums";
import { initiatives, publicInitiative, themes, wijken } from "@/db/schema";
import { LIST_PAGE_SIZE, type ListFilter } from "../schema";

export type InitiativeCard = {
  id: number;
  title: string;
  pitch: string;
  status: InitiativeStatus;
  wijkName: string;
  themeName: string;
  backingCount: number;
  paperCount: number;
};

const cardColumns = {
  id: initiatives.id,
  title: initiatives.title,
  pitch: initiatives.pitch,
  status: initiatives.status,
  wijkName: wijken.name,
  themeName: themes.name,
  backingCount: initiatives.backingCount,
  paperCount: initiatives.paperCount,
};

/** Published or further, and not hidden by reports (read through the initiatives_public_* indexes). */
const isPublic = publicInitiative(initiatives);

/** The expression of the support indexes: online and paper support together. */
const supportTotal = sql`(${initiatives.backingCount} + ${initiatives.paperCount})`;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function listWhere(filter: ListFilter): SQL | undefined {
  const pattern = `%${escapeLike(filter.q)}%`;
  return and(
    isPublic,
    filter.status ? eq(initiatives.status, filter.status) : undefined,
    filter.wijk ? eq(initiatives.wijkId, filter.wijk) : undefined,
    filter.thema ? eq(initiatives.themeId, filter.thema) : undefined,
    filter.q
      ? or(sql`${initiatives.title} like ${pattern} escape '\\'`, sql`${initiatives.pitch} like ${pattern} escape '\\'`)
      : undefined,
  );
}

const NEWEST_FIRST = [desc(initiatives.publishedAt), desc(initiatives.id)];
const MOST_SUPPORT_FIRST = [desc(supportTotal), desc(initiatives.id)];

/**
 * Cards in list order. CROSS JOIN keeps initiatives the outer loop (SQLite never reorders it), so
 * a page is read from a public index in list order and each card then looks up its wijk and
 * theme; with a plain join SQLite may start from the few themes and sort every public initiative.
 */
function cards(where: SQL | undefined, order: SQL[], range: { limit: number; offset?: number }): InitiativeCard[] {
  return getDb()
    .select(cardColumns)
    .from(initiatives)
    .crossJoin(wijken)
    .crossJoin(themes)
    .where(and(eq(wijken.id, initiatives.wijkId), eq(themes.id, initiatives.themeId), where))
    .orderBy(...order)
    .limit(range.limit)
    .offset(range.offset ?? 0)
    .all();
}

/** One page of the public list, with the total for the pagination. */
export function listPublished(filter: ListFilter): { items: InitiativeCard[]; total: number; pages: number } {
  const where = listWhere(filter);
  const items = cards(where, filter.sort === "steun" ? MOST_SUPPORT_FIRST : NEWEST_FIRST, {
    limit: LIST_PAGE_SIZE,
    offset: (filter.pagina - 1) * LIST_PAGE_SIZE,
  });
  const [row] = getDb().select({ n: count() }).from(initiatives).where(where).all();
  const total = row?.n ?? 0;
  return { items, total, pages: Math.max(1, Math.ceil(total / LIST_PAGE_SIZE)) };
}

/** The most recently published initiatives, for the home page. */
export function listNewestPublished(limit: number): InitiativeCard[] {
  return cards(isPublic, NEWEST_FIRST, { limit });
}

export type MyInitiative = {
  id: number;
  title: string;
  status: InitiativeStatus;
  answerDueAt: Date | null;
  backingCount: number;
  paperCount: number;
};

/** The initiator's own ideas, newest first, in every status. */
export function listMyInitiatives(userId: string): MyInitiative[] {
  return getDb()
    .select({
      id: initiatives.id,
      title: initiatives.title,
      status: initiatives.status,
      answerDueAt: initiatives.answerDueAt,
      backingCount: initiatives.backingCount,
      paperCount: initiatives.paperCount,
    })
    .from(initiatives)
    .where(eq(initiatives.initiatorId, userId))
    .orderBy(desc(initiatives.updatedAt), desc(initiatives.id))
    .all();
}

/** Field errors for a wijk or theme id that does not exist (a tampered form). */
export function unknownReferenceErrors(input: { wijkId: number; themeId: number }): Record<string, string[]> {
  const db = getDb();
  const errors: Record<string, string[]> = {};
  if (!db.select({ id: wijken.id }).from(wijken).where(eq(wijken.id, input.wijkId)).get()) errors.wijkId = ["Kies een wijk uit de lijst."];
  if (!db.select({ id: themes.id }).from(themes).where(eq(themes.id, input.themeId)).get()) errors.themeId = ["Kies een thema uit de lijst."];
  return errors;
}

