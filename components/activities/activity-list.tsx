import { CardLink } from "@/components/ui/card-link";
import { Icon } from "@/components/ui/icon";
import type { ActivityCard } from "@/lib/activities/queries/activities";
import { formatActivityTime, placesLeftText } from "@/lib/platform/format";

export function ActivityList({ items, past = false }: { items: ActivityCard[]; past?: boolean }) {
  if (items.length === 0) {
    return <p>{past ? "Er zijn geen activiteiten geweest die hierbij passen." : "Er staan nu geen activiteiten gepland."}</p>;
  }
  return (
    <ul className="space-y-3">
      {items.map((item) => (
        <li key={item.id}>
          <CardLink href={`/activiteiten/${item.id}`} id={`activiteit-${item.id}`} title={item.title} tone="border-sun-light">
            <span className="block">{formatActivityTime(item.startsAt, item.endsAt)}</span>
            <span className="block text-base text-muted">
              {item.wijkName}
              {item.seriesName ? ` · ${item.seriesName}` : ""}
            </span>
            {item.cancelled ? (
              <span className="block font-semibold text-danger">Gaat niet door</span>
            ) : (
              !past && (
                <span className="flex items-center gap-1 font-semibold">
                  <Icon name="users" className="h-5 w-5" />
                  {placesLeftText(item.places, item.placesTaken)}
                </span>
              )
            )}
          </CardLink>
        </li>
      ))}
    </ul>
  );
}
