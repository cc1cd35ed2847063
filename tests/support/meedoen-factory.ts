import { getDb } from "@/db/client";
import { helpPlaces } from "@/db/schema";
import { AppError } from "@/lib/platform/errors";

const HOUR = 60 * 60 * 1000;

/** A place to help in a week, three hours long, hosted by `hostId`. */
export function createPlaceRow(hostId: string | null, overrides: Partial<typeof helpPlaces.$inferInsert> = {}): number {
  const startsAt = new Date(Date.now() + 7 * 24 * HOUR);
  return getDb()
    .insert(helpPlaces)
    .values({ task: "Soep maken voor de buren", wijkId: 1, address: "Teststraat 1", startsAt, endsAt: new Date(startsAt.getTime() + 3 * HOUR), places: 3, hostName: "Anna", hostId, ...overrides })
    .returning({ id: helpPlaces.id })
    .get().id;
}

let n = 0;
/** A fresh Dutch mobile number in E.164. */
export const newPhone = () => `+3161${String(++n).padStart(3, "0")}${String(Date.now() % 10000).padStart(4, "0")}`;

/** The refusal a command throws; fails the test when it does not refuse. */
export function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}
