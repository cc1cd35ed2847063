import "server-only";
import { and, asc, eq, isNotNull, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { fundRequests, initiatives } from "@/db/schema";

export type RequestState = { sentAt: Date; adviceDueAt: Date; advisedAt: Date | null; decisionDueAt: Date | null; decidedAt: Date | null };

/** Where an idea's money request stands, or null when it was never sent. */
export function requestOf(initiativeId: number): RequestState | null {
  return (
    getDb()
      .select({
        sentAt: fundRequests.sentAt,
        adviceDueAt: fundRequests.adviceDueAt,
        advisedAt: fundRequests.advisedAt,
        decisionDueAt: fundRequests.decisionDueAt,
        decidedAt: fundRequests.decidedAt,
      })
      .from(fundRequests)
      .where(eq(fundRequests.initiativeId, initiativeId))
      .get() ?? null
  );
}

export type WaitingRequest = { id: number; title: string; dueAt: Date };

/** Money requests waiting for a buurtwerker's advice, or (advised) for the beheerder's decision; the first due first. */
export function waitingRequests(step: "advice" | "decision"): WaitingRequest[] {
  const due = step === "advice" ? fundRequests.adviceDueAt : fundRequests.decisionDueAt;
  return getDb()
    .select({ id: initiatives.id, title: initiatives.title, dueAt: due })
    .from(fundRequests)
    .innerJoin(initiatives, eq(initiatives.id, fundRequests.initiativeId))
    .where(and(isNull(fundRequests.decidedAt), step === "advice" ? isNull(fundRequests.advisedAt) : isNotNull(fundRequests.advisedAt)))
    .orderBy(asc(due))
    .all()
    .map((row) => ({ ...row, dueAt: row.dueAt! }));
}
