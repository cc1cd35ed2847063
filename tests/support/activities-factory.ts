import { getDb } from "@/db/client";
import { activities, activitySeries } from "@/db/schema";

const HOUR = 60 * 60 * 1000;

/** An open activity starting in a week, with a sign-up deadline a day before. */
export function createActivityRow(
  overrides: Partial<typeof activities.$inferInsert> = {},
  db = getDb(),
): number {
  const startsAt = new Date(Date.now() + 7 * 24 * HOUR);
  return db
    .insert(activities)
    .values({
      title: "BBQ test",
      wijkId: 1,
      address: "Teststraat 1, Heerlen",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3 * HOUR),
      signupDeadline: new Date(startsAt.getTime() - 24 * HOUR),
      places: 10,
      maxPartySize: 6,
      ...overrides,
    })
    .returning({ id: activities.id })
    .get().id;
}

export function createSeriesRow(name: string, oneSignupPerEmail: boolean): number {
  return getDb()
    .insert(activitySeries)
    .values({ name, oneSignupPerEmail })
    .returning({ id: activitySeries.id })
    .get().id;
}

let n = 0;
/** Sign-up input as the form delivers it after parsing. */
export const person = (partySize: number, email = `p${++n}-${Date.now()}@test.nl`) => ({
  name: "Test Persoon",
  email,
  phone: "",
  notes: "",
  partySize,
  consent: "ja" as const,
});

export const BASE_URL = "http://test.local";
