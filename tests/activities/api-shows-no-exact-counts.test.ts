import { describe, expect, it } from "vitest";
import { apiActivity, availabilityOf } from "@/lib/activities/api";
import type { ActivityCard } from "@/lib/activities/queries/activities";

const HOUR = 60 * 60 * 1000;
const card = (over: Partial<ActivityCard>): ActivityCard => ({
  id: 1,
  title: "BBQ",
  wijkName: "Heksenberg",
  address: "Teststraat 1",
  startsAt: new Date(Date.now() + 24 * HOUR),
  endsAt: new Date(Date.now() + 27 * HOUR),
  places: 20,
  placesTaken: 3,
  seriesName: null,
  cancelled: false,
  ...over,
});

describe("/api/v1/activities publishes no count of people", () => {
  it("not for a past activity: no places taken or left at all", () => {
    const past = apiActivity(card({ startsAt: new Date(Date.now() - 27 * HOUR), endsAt: new Date(Date.now() - 24 * HOUR), placesTaken: 3 }));
    expect(JSON.stringify(past)).not.toMatch(/placesTaken|placesLeft/);
    expect(past.availability).toBeNull();
    expect(apiActivity(card({ cancelled: true })).availability).toBeNull();
  });

  it("for one still to come only vol, bijna vol or plaats, and for a small one only vol or plaats", () => {
    const item = apiActivity(card({ placesTaken: 3 }));
    expect(Object.keys(item)).not.toContain("placesTaken");
    expect(Object.keys(item)).not.toContain("placesLeft");
    expect(item.availability).toBe("plaats");
    expect(availabilityOf({ places: 20, placesTaken: 20 })).toBe("vol");
    expect(availabilityOf({ places: 20, placesTaken: 16 })).toBe("bijna vol");
    expect(availabilityOf({ places: 20, placesTaken: 15 })).toBe("plaats");
    // Small: "bijna vol" would tell 1 to 4 apart from "<5".
    for (let taken = 0; taken < 6; taken++) expect(availabilityOf({ places: 6, placesTaken: taken })).toBe("plaats");
    expect(availabilityOf({ places: 6, placesTaken: 6 })).toBe("vol");
  });

  it("besides full or not (which the sign-up form shows anyway), the word never tells 1 to 4 taken apart", () => {
    for (let places = 1; places <= 60; places++) {
      const words = new Set<string>();
      for (let taken = 1; taken <= Math.min(4, places - 1); taken++) words.add(availabilityOf({ places, placesTaken: taken }));
      expect(words.size, `${places} places`).toBeLessThanOrEqual(1);
    }
  });
});
