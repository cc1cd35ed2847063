import Link from "next/link";
import { Icon } from "@/components/ui/icon";
import type { ActivityCard } from "@/lib/activities/queries";
import { formatActivityTime, placesLeftText } from "@/lib/format";

export function ActivityList({ items, past = false }: { items: ActivityCard[]; past?: boolean }) {
  if (items.length === 0) {
    return <p>{past ? "Er zijn geen activiteiten geweest die hierbij passen." : "Er staan nu geen activiteiten gepland."}</p>;
  }
  return (
    <ul className="space-y-3">
      {items.map((item) => (
        <li key={item.id} className="rounded-xl border-2 border-sun-light p-4">
          <Link href={`/activiteiten/${item.id}`} className="text-xl font-bold">
            {item.title}
          </Link>
          <p>{formatActivityTime(item.startsAt, item.endsAt)}</p>
          <p className="text-base text-muted">
            {item.wijkName}
            {item.seriesName ? ` · ${item.seriesName}` : ""}
          </p>
          {item.cancelled ? (
            <p className="font-semibold text-danger">Gaat niet door</p>
          ) : (
            !past && (
              <p className="flex items-center gap-1 font-semibold">
                <Icon name="users" className="h-5 w-5" />
                {placesLeftText(item.places, item.placesTaken)}
              </p>
            )
          )}
        </li>
      ))}
    </ul>
  );
}
