import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { Role } from "@/db/enums";
import { initiativeResults } from "@/db/schema";
import { recordAudit } from "@/lib/platform/audit/record";
import { can } from "@/lib/platform/auth/permissions";
import { AppError } from "@/lib/platform/errors";
import { actsAsInitiator, loadInitiative, NOT_FOUND } from "@/lib/initiatives/commands/shared";
import type { ResultInput } from "../schema";

/**
 * "Wat is er bereikt" of a realised idea, by its initiator or by staff on their behalf. New photos
 * replace the old ones; without new photos the old ones stay. Returns the photos no longer used.
 */
export function saveResult(db: Db, input: ResultInput & { actorId: string; actorRole: Role; photos: string[] | null }): string[] {
  return db.transaction(
    (tx) => {
      const initiative = loadInitiative(tx, input.initiativeId);
      const mayWrite = actsAsInitiator(initiative, input.actorId) || can(input.actorRole, "initiative:coach");
      if (!mayWrite || initiative.status === "concept") throw new AppError("not_found", NOT_FOUND);
      if (initiative.status !== "gerealiseerd") throw new AppError("conflict", "Een resultaat schrijft u op als het idee gerealiseerd is.");
      const before = tx.select({ photos: initiativeResults.photos }).from(initiativeResults).where(eq(initiativeResults.initiativeId, input.initiativeId)).get();
      const values = {
        whatHappened: input.whatHappened,
        peopleReached: input.peopleReached,
        volunteers: input.volunteers,
        volunteerHours: input.volunteerHours,
        photos: input.photos ?? before?.photos ?? [],
        updatedById: input.actorId,
        updatedAt: new Date(),
      };
      tx.insert(initiativeResults)
        .values({ initiativeId: input.initiativeId, ...values })
        .onConflictDoUpdate({ target: initiativeResults.initiativeId, set: values })
        .run();
      recordAudit(tx, {
        actorId: input.actorId,
        action: "result.saved",
        targetType: "initiative",
        targetId: input.initiativeId,
        details: { peopleReached: values.peopleReached, volunteers: values.volunteers, volunteerHours: values.volunteerHours, photos: values.photos.length },
      });
      return input.photos ? (before?.photos ?? []) : [];
    },
    { behavior: "immediate" },
  );
}
