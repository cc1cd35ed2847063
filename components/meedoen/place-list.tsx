import { CardLink } from "@/components/ui/card-link";
import { Icon } from "@/components/ui/icon";
import { formatActivityTime } from "@/lib/platform/format";
import type { PlaceCard } from "@/lib/meedoen/queries/places";
import { placesLeft } from "./places-left";

// One element for every card: React writes a repeated element once in the RSC payload.
const PEOPLE = <Icon name="users" className="h-5 w-5" />;

/** Places to help as cards; the whole card is the link. */
export function PlaceList({ items, empty }: { items: PlaceCard[]; empty: string }) {
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <ul className="space-y-3">
      {items.map((item) => (
        <li key={item.id}>
          <CardLink href={`/meedoen/${item.id}`} id={`plek-${item.id}`} title={item.task} tone="border-brand-light">
            <p>{formatActivityTime(item.startsAt, item.endsAt)}</p>
            <p className="text-base text-muted">{item.wijkName}</p>
            <p className="flex items-center gap-1 font-semibold">
              {PEOPLE}
              {placesLeft(item.places, item.taken)}
            </p>
          </CardLink>
        </li>
      ))}
    </ul>
  );
}
