import "server-only";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { activities, backings, helpTakes, initiatives } from "@/db/schema";
import { helpersOf, type HelperView } from "@/lib/initiatives/queries/detail";
import { AppError } from "@/lib/platform/errors";
import { assertMayOffer, type Actor } from "../rules";

/**
 * Who took a place, as the host sees them: a first name, the status and attendance. Nothing else
 * about the person (no number, no address, no reason why they help).
 */
export function takesOf(placeId: number) {
  return getDb()
    .select({ id: helpTakes.id, name: helpTakes.name, status: helpTakes.status, came: helpTakes.came, skills: helpTakes.skills })
    .from(helpTakes)
    .where(and(eq(helpTakes.placeId, placeId), ne(helpTakes.status, "afgewezen")))
    .orderBy(asc(helpTakes.id))
    .all();
}
export type HostTake = ReturnType<typeof takesOf>[number];

/**
 * The residents who said "ik help mee" on the idea, shown to the host beside the place: by name
 * and note to whom the idea's page shows them (its initiator and coach), to other staff as a count.
 */
export function helpOffersOn(initiativeId: number, viewerId: string): { count: number; helpers: HelperView[] | null } {
  const idea = getDb().select({ initiatorId: initiatives.initiatorId, coachId: initiatives.coachId }).from(initiatives).where(eq(initiatives.id, initiativeId)).get();
  if (idea && (idea.initiatorId === viewerId || idea.coachId === viewerId)) {
    const helpers = helpersOf(initiativeId);
    return { count: helpers.length, helpers };
  }
  const count = getDb().select({ n: sql<number>`count(*)` }).from(backings).where(and(eq(backings.initiativeId, initiativeId), eq(backings.helpOffered, true))).get()?.n ?? 0;
  return { count, helpers: null };
}

/**
 * The idea or activity a place would be offered for, when this person may offer one there
 * (the same rule as the command); null otherwise, so the page answers "not found".
 */
export function offerTarget(actor: Actor, target: { initiativeId?: number; activityId?: number }) {
  try {
    assertMayOffer(getDb(), actor, target);
  } catch (error) {
    if (error instanceof AppError) return null;
    throw error;
  }
  if (target.initiativeId) {
    const idea = getDb().select({ title: initiatives.title, wijkId: initiatives.wijkId }).from(initiatives).where(eq(initiatives.id, target.initiativeId)).get()!;
    return { ...idea, address: "" };
  }
  return getDb().select({ title: activities.title, wijkId: activities.wijkId, address: activities.address }).from(activities).where(eq(activities.id, target.activityId!)).get()!;
}
