import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { initiativeUpdatePhotos, initiativeUpdates, users } from "@/db/schema";
import { FORMER_RESIDENT } from "@/lib/initiatives/queries/detail";

export type UpdateView = { id: number; authorName: string; body: string; createdAt: Date; photoUrls: string[] };

/** The visible progress updates of an idea, oldest first, with their photos. */
export function updatesOf(initiativeId: number): UpdateView[] {
  const db = getDb();
  const rows = db
    .select({ id: initiativeUpdates.id, authorName: users.displayName, body: initiativeUpdates.body, createdAt: initiativeUpdates.createdAt })
    .from(initiativeUpdates)
    .leftJoin(users, eq(initiativeUpdates.authorId, users.id))
    .where(and(eq(initiativeUpdates.initiativeId, initiativeId), isNull(initiativeUpdates.hiddenAt)))
    .orderBy(asc(initiativeUpdates.createdAt), asc(initiativeUpdates.id))
    .all();
  if (!rows.length) return [];
  const photos = db
    .select({ updateId: initiativeUpdatePhotos.updateId, path: initiativeUpdatePhotos.photoPath })
    .from(initiativeUpdatePhotos)
    .where(inArray(initiativeUpdatePhotos.updateId, rows.map((row) => row.id)))
    .orderBy(asc(initiativeUpdatePhotos.id))
    .all();
  return rows.map((row) => ({
    ...row,
    authorName: row.authorName ?? FORMER_RESIDENT,
    photoUrls: photos.filter((photo) => photo.updateId === row.id).map((photo) => `/initiatieven/foto/${photo.path}`),
  }));
}
