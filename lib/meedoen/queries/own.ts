import "server-only";
import { and, asc, desc, eq, isNull, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { activities, helpPlaces, helpTakes, initiatives } from "@/db/schema";
import { hoursOf } from "../hours";
import { skillLabels } from "../skills";

const certificateColumns = {
  takeId: helpTakes.id,
  name: helpTakes.name,
  status: helpTakes.status,
  came: helpTakes.came,
  skills: helpTakes.skills,
  code: helpTakes.certificateCode,
  placeId: helpPlaces.id,
  task: helpPlaces.task,
  startsAt: helpPlaces.startsAt,
  endsAt: helpPlaces.endsAt,
  hostName: helpPlaces.hostName,
  initiativeTitle: initiatives.title,
  activityTitle: activities.title,
};

const joined = () =>
  getDb()
    .select(certificateColumns)
    .from(helpTakes)
    .innerJoin(helpPlaces, eq(helpTakes.placeId, helpPlaces.id))
    .leftJoin(initiatives, eq(helpPlaces.initiativeId, initiatives.id))
    .leftJoin(activities, eq(helpPlaces.activityId, activities.id));

type Row = Awaited<ReturnType<ReturnType<typeof joined>["all"]>>[number];

function shape(row: Row) {
  return {
    ...row,
    forWhat: row.initiativeTitle ?? row.activityTitle ?? "",
    hours: row.came ? hoursOf(row.startsAt, row.endsAt) : 0,
    skills: skillLabels(row.skills),
  };
}
export type OwnTake = ReturnType<typeof shape>;

const takesWhere = (where: SQL) => joined().where(where).orderBy(desc(helpPlaces.startsAt)).all().map(shape);

/** The places a signed-in person took, newest date first, with hours where they came. */
export const ownTakes = (userId: string): OwnTake[] => takesWhere(eq(helpTakes.userId, userId));

/** The same for a person without an account, by the mobile number they took places with. */
export const takesOfPhone = (phone: string): OwnTake[] => takesWhere(and(eq(helpTakes.phone, phone), isNull(helpTakes.userId))!);

export type Certificate = OwnTake & { dates: { startsAt: Date; endsAt: Date; hours: number }[]; totalHours: number };

/**
 * What the "Ik deed mee" certificate with this code shows; null for an unknown code. A place on a
 * few dates shows every date of its series the same person came to, with the hours of each.
 */
export function certificateByCode(code: string): Certificate | null {
  const row = joined().where(eq(helpTakes.certificateCode, code)).get();
  if (!row || !row.came) return null;
  const take = shape(row);
  const person = getDb().select({ userId: helpTakes.userId, phone: helpTakes.phone, seriesId: helpPlaces.seriesId }).from(helpTakes).innerJoin(helpPlaces, eq(helpTakes.placeId, helpPlaces.id)).where(eq(helpTakes.id, row.takeId)).get()!;
  const same = person.userId ? eq(helpTakes.userId, person.userId) : person.phone ? eq(helpTakes.phone, person.phone) : undefined;
  const dates =
    person.seriesId && same
      ? joined().where(and(eq(helpPlaces.seriesId, person.seriesId), eq(helpTakes.came, true), same)).orderBy(asc(helpPlaces.startsAt)).all().map(shape)
      : [take];
  const shown = dates.map((date) => ({ startsAt: date.startsAt, endsAt: date.endsAt, hours: date.hours }));
  return { ...take, dates: shown, totalHours: shown.reduce((sum, date) => sum + date.hours, 0) };
}
