import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { activities, initiatives, publicInitiative, signups } from "@/db/schema";
import { isAnonymousKey } from "@/lib/privacy/commands/anonymise";
import type { ActivityInput } from "../schema";
import { toLocalInput } from "../../platform/time";

/** The form values of an existing activity, for the edit form. */
export function getActivityFormValues(id: number): (ActivityInput & { cancelled: boolean }) | null {
  const row = getDb().select().from(activities).where(eq(activities.id, id)).get();
  if (!row) return null;
  return {
    title: row.title,
    description: row.description,
    wijkId: String(row.wijkId),
    address: row.address,
    startsAt: toLocalInput(row.startsAt),
    endsAt: toLocalInput(row.endsAt),
    signupDeadline: toLocalInput(row.signupDeadline),
    places: String(row.places),
    maxPartySize: String(row.maxPartySize),
    seriesId: row.seriesId ? String(row.seriesId) : "",
    initiativeId: row.initiativeId ? String(row.initiativeId) : "",
    cancelled: row.cancelledAt !== null,
  };
}

/** Initiatives an activity can belong to: the public ones. */
export function listInitiativeOptions(): { id: number; name: string }[] {
  return getDb()
    .select({ id: initiatives.id, name: initiatives.title })
    .from(initiatives)
    .where(publicInitiative(initiatives))
    .orderBy(asc(initiatives.title))
    .all();
}

export type RosterEntry = {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
  partySize: number;
  notes: string | null;
  checkedIn: boolean;
  promoted: boolean;
  createdAt: Date;
};

export type Roster = {
  confirmed: RosterEntry[];
  waiting: RosterEntry[];
  walkIns: RosterEntry[];
  totals: { signedUp: number; came: number; walkIns: number; waiting: number };
};

const sum = (entries: RosterEntry[]) => entries.reduce((total, e) => total + e.partySize, 0);

/** Everyone on the list of an activity: confirmed (by name), waiting (in order), walk-ins; with totals in people. */
export function getRoster(activityId: number): Roster {
  const rows = getDb()
    .select({
      id: signups.id,
      name: signups.name,
      email: signups.email,
      phone: signups.phone,
      partySize: signups.partySize,
      notes: signups.notes,
      status: signups.status,
      isWalkIn: signups.isWalkIn,
      checkedInAt: signups.checkedInAt,
      promotedAt: signups.promotedAt,
      createdAt: signups.createdAt,
    })
    .from(signups)
    .where(and(eq(signups.activityId, activityId), inArray(signups.status, ["bevestigd", "wachtlijst"])))
    .orderBy(asc(signups.id))
    .all();
  const entry = (r: (typeof rows)[number]): RosterEntry => ({
    id: r.id,
    name: r.name,
    // A removed address is kept only as a random key, for the figures: not for anyone to read.
    email: isAnonymousKey(r.email) ? null : r.email,
    phone: r.phone,
    partySize: r.partySize,
    notes: r.notes,
    checkedIn: r.checkedInAt !== null,
    promoted: r.promotedAt !== null,
    createdAt: r.createdAt,
  });
  const confirmed = rows
    .filter((r) => r.status === "bevestigd" && !r.isWalkIn)
    .map(entry)
    .sort((a, b) => a.name.localeCompare(b.name, "nl"));
  const waiting = rows.filter((r) => r.status === "wachtlijst").map(entry);
  const walkIns = rows.filter((r) => r.isWalkIn).map(entry);
  return {
    confirmed,
    waiting,
    walkIns,
    totals: {
      signedUp: sum(confirmed),
      came: sum(confirmed.filter((e) => e.checkedIn)),
      walkIns: sum(walkIns),
      waiting: sum(waiting),
    },
  };
}

