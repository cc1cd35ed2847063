import "server-only";
import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import type { ActivityApproval } from "@/db/enums";
import { activities, activityMessages, initiatives, signups } from "@/db/schema";
import { WIPED_NAME } from "@/lib/privacy/commands/anonymise";
import { loadInitiative } from "@/lib/initiatives/commands/shared";
import { hasApprovedActivity, organizeRefusal } from "../commands/organizer";
import { getActivity, type ActivityDetail } from "./activities";

/**
 * What the organiser of an activity sees of the people who signed up: a first name and the party
 * size, nothing else (no address, number, notes or last name). The platform sends their messages.
 */
export type OrganizerSignup = { id: number; firstName: string; partySize: number; checkedIn: boolean };

export type OrganizerView = {
  activity: ActivityDetail;
  confirmed: OrganizerSignup[];
  waiting: OrganizerSignup[];
  totals: { people: number; came: number; waiting: number };
  lastMessageAt: Date | null;
};

/** "Anna de Vries" → "Anna"; a guest who removed their data stays nameless. */
export function firstNameOf(name: string): string {
  if (name === WIPED_NAME) return "Iemand";
  return name.trim().split(/\s+/)[0] || "Iemand";
}

/** The organiser's page of their own activity; null when it is not theirs. */
export function getOrganizerView(activityId: number, userId: string): OrganizerView | null {
  const activity = getActivity(activityId);
  if (!activity || activity.organizerId !== userId) return null;
  const rows = getDb()
    .select({ id: signups.id, name: signups.name, partySize: signups.partySize, status: signups.status, checkedInAt: signups.checkedInAt })
    .from(signups)
    .where(and(eq(signups.activityId, activityId), inArray(signups.status, ["bevestigd", "wachtlijst"]), eq(signups.isWalkIn, false)))
    .orderBy(signups.id)
    .all();
  const entry = (row: (typeof rows)[number]): OrganizerSignup => ({ id: row.id, firstName: firstNameOf(row.name), partySize: row.partySize, checkedIn: row.checkedInAt !== null });
  const confirmed = rows.filter((row) => row.status === "bevestigd").map(entry);
  const waiting = rows.filter((row) => row.status === "wachtlijst").map(entry);
  const people = (list: OrganizerSignup[]) => list.reduce((total, item) => total + item.partySize, 0);
  const last = getDb()
    .select({ at: activityMessages.createdAt })
    .from(activityMessages)
    .where(eq(activityMessages.activityId, activityId))
    .orderBy(desc(activityMessages.createdAt))
    .get();
  return {
    activity,
    confirmed,
    waiting,
    totals: { people: people(confirmed), came: people(confirmed.filter((item) => item.checkedIn)), waiting: people(waiting) },
    lastMessageAt: last?.at ?? null,
  };
}

export type OwnActivityItem = { id: number; title: string; startsAt: Date; endsAt: Date; approval: ActivityApproval; cancelled: boolean; hidden: boolean };

/** The organiser's activities for one idea, newest first (on the idea's page). */
export function listOwnActivities(initiativeId: number, userId: string): OwnActivityItem[] {
  return getDb()
    .select({
      id: activities.id,
      title: activities.title,
      startsAt: activities.startsAt,
      endsAt: activities.endsAt,
      approval: activities.approval,
      cancelledAt: activities.cancelledAt,
      hiddenAt: activities.hiddenAt,
    })
    .from(activities)
    .where(and(eq(activities.initiativeId, initiativeId), eq(activities.organizerId, userId)))
    .orderBy(desc(activities.startsAt))
    .all()
    .map(({ cancelledAt, hiddenAt, ...item }) => ({ ...item, cancelled: cancelledAt !== null, hidden: hiddenAt !== null }));
}

export type AwaitingActivity = { id: number; title: string; startsAt: Date; initiativeTitle: string | null };

/** Initiators' first activities that wait for a buurtwerker's yes, oldest first (/beheer/activiteiten). */
export function listAwaitingApproval(): AwaitingActivity[] {
  return getDb()
    .select({ id: activities.id, title: activities.title, startsAt: activities.startsAt, initiativeTitle: sql<string | null>`(select title from initiatives where id = ${activities.initiativeId})` })
    .from(activities)
    .where(and(eq(activities.approval, "wacht"), isNull(activities.cancelledAt)))
    .orderBy(activities.createdAt)
    .all();
}

/** The idea this resident may organise an activity for (their own, published, not done); null otherwise. */
export function organizableIdea(initiativeId: number, userId: string): { id: number; title: string } | null {
  const idea = getDb().select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.id, initiativeId)).get();
  if (!idea) return null;
  const loaded = loadInitiative(getDb(), idea.id);
  return organizeRefusal(loaded, userId) ? null : { id: loaded.id, title: loaded.title };
}

/** After one approved activity the next go live at once (the first-approval rule). */
export const goesLiveAtOnce = (userId: string) => hasApprovedActivity(getDb(), userId);
