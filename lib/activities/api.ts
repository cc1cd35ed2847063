import "server-only";
import { SUPPRESSION_THRESHOLD } from "@/lib/stats/present";
import type { ActivityCard } from "./queries/activities";

/** Below this many places an activity is "small": the API says only "vol" or "plaats". */
export const SMALL_ACTIVITY_PLACES = 10;

export type Availability = "vol" | "bijna vol" | "plaats";

/**
 * How full an activity still to come is, in words: never a count of people. An exact number of
 * places taken (or left, with the places known) would give back the count that /api/v1/stats
 * shows only as "<5" or rounded to 5. "Bijna vol" means fewer than 5 places left, and only for
 * activities of 10 places or more, so that neither word narrows a "<5" down.
 */
export function availabilityOf(item: Pick<ActivityCard, "places" | "placesTaken">): Availability {
  const left = Math.max(0, item.places - item.placesTaken);
  if (left === 0) return "vol";
  return item.places >= SMALL_ACTIVITY_PLACES && left < SUPPRESSION_THRESHOLD ? "bijna vol" : "plaats";
}

/**
 * Open data: an activity as its public page shows it; nobody's sign-up, name or contact, and no
 * count of people: how full it is in words while it is still to come, nothing once it is over or
 * cancelled.
 */
export function apiActivity(item: ActivityCard, now = new Date()) {
  const open = !item.cancelled && item.endsAt > now;
  return {
    id: item.id,
    title: item.title,
    wijk: item.wijkName,
    address: item.address,
    startsAt: item.startsAt.toISOString(),
    endsAt: item.endsAt.toISOString(),
    places: item.places,
    availability: open ? availabilityOf(item) : null,
    series: item.seriesName,
    cancelled: item.cancelled,
    url: `/activiteiten/${item.id}`,
  };
}
