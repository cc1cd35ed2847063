import "server-only";
import { and, asc, desc, eq, gte, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { helpPlaces, helpTakes, trajectories, trajectoryNotes, trajectoryReviews, users } from "@/db/schema";
import { hoursOf } from "@/lib/meedoen/hours";
import type { Coach } from "../commands/access";
import { recordView } from "../commands/work";

/** The client's name: the account's, or the first name of a client without one. */
const clientName = sql<string | null>`coalesce(${users.displayName}, ${trajectories.clientFirstName})`;

/** The places of the client: taken with the account, or (without one) with the client's number. */
const takesOfClient = (t: { clientId: string | null; clientPhone: string | null }) => (t.clientId ? eq(helpTakes.userId, t.clientId) : eq(helpTakes.phone, t.clientPhone ?? ""));

/** The coach's own clients, open trajectories first: never anyone else's. */
export function ownClients(coachId: string) {
  return getDb()
    .select({ id: trajectories.id, name: clientName, email: users.email, phone: trajectories.clientPhone, startsOn: trajectories.startsOn, nextReviewOn: trajectories.nextReviewOn, endedOn: trajectories.endedOn })
    .from(trajectories)
    .leftJoin(users, eq(users.id, trajectories.clientId))
    .where(eq(trajectories.coachId, coachId))
    .orderBy(desc(isNull(trajectories.endedOn)), asc(trajectories.nextReviewOn))
    .all();
}

/** One client's file, only for its own coach (null otherwise): the trajectory, reviews, notes, and places with attendance and hours. */
export function clientFile(coachId: string, trajectoryId: number) {
  const db = getDb();
  const trajectory = db
    .select({ t: trajectories, name: clientName, email: users.email })
    .from(trajectories)
    .leftJoin(users, eq(users.id, trajectories.clientId))
    .where(and(eq(trajectories.id, trajectoryId), eq(trajectories.coachId, coachId)))
    .get();
  if (!trajectory) return null;
  const from = new Date(`${trajectory.t.startsOn}T00:00:00Z`);
  const takes = db
    .select({ id: helpTakes.id, status: helpTakes.status, came: helpTakes.came, task: helpPlaces.task, startsAt: helpPlaces.startsAt, endsAt: helpPlaces.endsAt })
    .from(helpTakes)
    .innerJoin(helpPlaces, eq(helpPlaces.id, helpTakes.placeId))
    .where(and(takesOfClient(trajectory.t), gte(helpPlaces.startsAt, from)))
    .orderBy(desc(helpPlaces.startsAt))
    .all()
    .map((take) => ({ ...take, hours: take.came ? hoursOf(take.startsAt, take.endsAt) : 0 }));
  return {
    ...trajectory.t,
    clientName: trajectory.name ?? "",
    clientEmail: trajectory.email,
    reviews: db.select().from(trajectoryReviews).where(eq(trajectoryReviews.trajectoryId, trajectoryId)).orderBy(desc(trajectoryReviews.on), desc(trajectoryReviews.id)).all(),
    notes: db.select().from(trajectoryNotes).where(eq(trajectoryNotes.trajectoryId, trajectoryId)).orderBy(desc(trajectoryNotes.id)).all(),
    takes,
    hours: takes.reduce((sum, take) => sum + take.hours, 0),
  };
}
export type ClientFile = NonNullable<ReturnType<typeof clientFile>>;

/** The file as the coach's page opens it: reading it is itself written down, for the client to see. */
export function openClientFile(coach: Coach, trajectoryId: number): ClientFile | null {
  const file = clientFile(coach.id, trajectoryId);
  if (file) recordView(getDb(), { coach, trajectoryId });
  return file;
}

/** Places to help still to come, to suggest or take for a client. */
export function upcomingPlaces(now = new Date()) {
  return getDb()
    .select({ id: helpPlaces.id, task: helpPlaces.task, startsAt: helpPlaces.startsAt })
    .from(helpPlaces)
    .where(gte(helpPlaces.startsAt, now))
    .orderBy(asc(helpPlaces.startsAt))
    .limit(50)
    .all();
}
