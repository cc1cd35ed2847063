import "server-only";
import { and, count, desc, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { initiatives, themes, wijken, type InitiativeStatus } from "@/db/schema";
import { LIST_PAGE_SIZE, type ListFilter } from "./schema";
import { PUBLIC_STATUSES } from "./status";

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

/** Published or further, and not hidden by reports. */
const isPublic = and(inArray(initiatives.status, [...PUBLIC_STATUSES]), isNull(initiatives.hiddenAt));

/** The expression of initiatives_support_idx: online and paper support together. */
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

/** One page of the public list, with the total for the pagination. */
export function listPublished(filter: ListFilter): { items: InitiativeCard[]; total: number; pages: number } {
  const db = getDb();
  const where = listWhere(filter);
  const order =
    filter.sort === "steun"
      ? [desc(supportTotal), desc(initiatives.id)]
      : [desc(initiatives.publishedAt), desc(initiatives.id)];
  const items = db
    .select(cardColumns)
    .from(initiatives)
    .innerJoin(wijken, eq(initiatives.wijkId, wijken.id))
    .innerJoin(themes, eq(initiatives.themeId, themes.id))
    .where(where)
    .orderBy(...order)
    .limit(LIST_PAGE_SIZE)
    .offset((filter.pagina - 1) * LIST_PAGE_SIZE)
    .all();
  const [row] = db.select({ n: count() }).from(initiatives).where(where).all();
  const total = row?.n ?? 0;
  return { items, total, pages: Math.max(1, Math.ceil(total / LIST_PAGE_SIZE)) };
}

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

