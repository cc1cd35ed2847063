import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { isPublicStatus } from "@/db/enums";
import { initiatives } from "@/db/schema";

/** An idea people may follow and hear of: published or further, and not hidden; null otherwise. */
export function followableIdea(tx: DbOrTx, initiativeId: number): { id: number; title: string } | null {
  const idea = tx
    .select({ id: initiatives.id, title: initiatives.title, status: initiatives.status, hiddenAt: initiatives.hiddenAt })
    .from(initiatives)
    .where(eq(initiatives.id, initiativeId))
    .get();
  if (!idea || idea.hiddenAt || !isPublicStatus(idea.status)) return null;
  return { id: idea.id, title: idea.title };
}
