import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, helpPlaces } from "@/db/schema";
import { offerPlace } from "@/lib/meedoen/commands/offer";
import { offerSchema } from "@/lib/meedoen/schema";
import { AppError, FieldRefusal } from "@/lib/platform/errors";
import { createActivityRow } from "../support/activities-factory";
import { createInitiative, createUser } from "../support/factories";

const raw = (target: { initiativeId?: number; activityId?: number }) => ({
    task: "Soep maken voor de buren",
    bring: "",
    wijkId: "1",
    address: "Stackstraat 1",
    startsAt: "2030-08-08T10:00",
    endsAt: "2030-08-08T13:00",
    places: "3",
    hostName: "Anna",
    initiativeId: String(target.initiativeId ?? ""),
    activityId: String(target.activityId ?? ""),
});
const data = (target: { initiativeId?: number; activityId?: number }) => offerSchema.parse(raw(target));
const offer = (actorId: string, staff: boolean, target: { initiativeId?: number; activityId?: number }) => offerPlace(getDb(), { actor: { id: actorId, staff }, data: data(target) });

function refused(run: () => unknown): number {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error.status;
    throw error;
  }
  return 0;
}

describe("offering a place to help", () => {
  it("an initiator offers for their own published idea; the offer is in the logbook", () => {
    const initiator = createUser();
    const place = offer(initiator, false, { initiativeId: createInitiative(initiator) });
    expect(getDb().select({ hostId: helpPlaces.hostId }).from(helpPlaces).where(eq(helpPlaces.id, place.id)).get()!.hostId).toBe(initiator);
    expect(getDb().select().from(auditLog).where(and(eq(auditLog.actorId, initiator), eq(auditLog.action, "help_place.offered"))).all()).toHaveLength(1);
  });

  it("not for someone else's idea, an unpublished one, or an activity", () => {
    const resident = createUser();
    expect(refused(() => offer(resident, false, { initiativeId: createInitiative(createUser()) }))).toBe(404);
    expect(refused(() => offer(resident, false, { initiativeId: createInitiative(resident, "ingediend") }))).toBe(404);
    expect(refused(() => offer(resident, false, { activityId: createActivityRow() }))).toBe(404);
  });

  it("staff offer for any published idea or activity", () => {
    const staff = createUser("buurtwerker");
    expect(offer(staff, true, { activityId: createActivityRow() }).activityId).toBeGreaterThan(0);
    expect(offer(staff, true, { initiativeId: createInitiative(createUser()) }).initiativeId).toBeGreaterThan(0);
  });

  it("one idea or one activity, an end after the start, and a date still to come", () => {
    const sameTime = offerSchema.safeParse({ ...raw({ activityId: 1 }), endsAt: "2030-08-08T10:00" });
    expect(sameTime.error?.issues.map((issue) => issue.message)).toEqual(["Het einde moet na het begin liggen."]);
    const both = offerSchema.safeParse(raw({ initiativeId: 1, activityId: 1 }));
    expect(both.error?.issues.map((issue) => issue.message)).toContain("Een plek hoort bij één idee of bij één activiteit.");
    const staff = createUser("buurtwerker");
    expect(() => offerPlace(getDb(), { actor: { id: staff, staff: true }, data: data({ activityId: createActivityRow() }), now: new Date("2031-01-01") })).toThrow(FieldRefusal);
  });
});
