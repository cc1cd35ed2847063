import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { initiatives, paperBackings } from "@/db/schema";
import { recordAudit } from "@/lib/platform/audit/record";
import { AppError } from "@/lib/platform/errors";
import { notifyThresholdIfReached } from "@/lib/notifications/commands/events";
import { loadInitiative } from "./shared";

/** A buurtwerker registers support collected on paper; it counts apart from online backings. */
export function registerPaperSupport(
  db: Db,
  input: { staffId: string; initiativeId: number; count: number; names?: string },
): void {
  db.transaction(
    (tx) => {
      const initiative = loadInitiative(tx, input.initiativeId);
      if (initiative.status !== "zoekt_steun") throw new AppError("conflict", "Dit idee zoekt nu geen steun. Steun op papier kan alleen bij een idee dat steun zoekt.");
      tx.insert(paperBackings)
        .values({ initiativeId: input.initiativeId, count: input.count, names: input.names ?? null, registeredById: input.staffId })
        .run();
      tx.update(initiatives)
        .set({ paperCount: sql`${initiatives.paperCount} + ${input.count}` })
        .where(eq(initiatives.id, input.initiativeId))
        .run();
      notifyThresholdIfReached(tx, input.initiativeId);
      recordAudit(tx, {
        actorId: input.staffId,
        action: "initiative.paper_support",
        targetType: "initiative",
        targetId: input.initiativeId,
        details: { count: input.count, withNames: Boolean(input.names) },
      });
    },
    { behavior: "immediate" },
  );
}
