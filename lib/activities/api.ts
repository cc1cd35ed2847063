import "server-only";
import type { ActivityCard } from "./queries/activities";

/** Open data: an activity as its public page shows it; nobody's sign-up, name or contact. */
export function apiActivity(item: ActivityCard) {
  return {
    id: item.id,
    title: item.title,
    wijk: item.wijkName,
    address: item.address,
    startsAt: item.startsAt.toISOString(),
    endsAt: item.endsAt.toISOString(),
    places: item.places,
    placesTaken: item.placesTaken,
    placesLeft: Math.max(0, item.places - item.placesTaken),
    series: item.seriesName,
    cancelled: item.cancelled,
    url: `/activiteiten/${item.id}`,
  };
}
