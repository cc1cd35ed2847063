import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { projectFollows, projects } from "@/db/schema";
import { AppError } from "@/lib/platform/errors";

/** Follows (or stops following) a project: the "wat doen we ermee" mail comes to the account's address. */
export function setFollow(db: Db, input: { userId: string; projectId: number; follow: boolean }): void {
  db.transaction(
    (tx) => {
      if (!tx.select({ id: projects.id }).from(projects).where(eq(projects.id, input.projectId)).get()) throw new AppError("not_found", "Dit project bestaat niet.");
      if (input.follow) tx.insert(projectFollows).values({ projectId: input.projectId, userId: input.userId }).onConflictDoNothing().run();
      else tx.delete(projectFollows).where(and(eq(projectFollows.projectId, input.projectId), eq(projectFollows.userId, input.userId))).run();
    },
    { behavior: "immediate" },
  );
}
