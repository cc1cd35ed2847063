import "server-only";
import { desc, eq } from "drizzle-orm";
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

/** The places a signed-in person took, newest date first, with hours where they came. */
export function ownTakes(userId: string): OwnTake[] {
  return joined().where(eq(helpTakes.userId, userId)).orderBy(desc(helpPlaces.startsAt)).all().map(shape);
}

/** What the "Ik deed mee" certificate with this code shows; null for an unknown code. */
export function certificateByCode(code: string): OwnTake | null {
  const row = joined().where(eq(helpTakes.certificateCode, code)).get();
  return row && row.came ? shape(row) : null;
}
