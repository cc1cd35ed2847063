import Link from "next/link";
import { Icon } from "@/components/ui/icon";
import type { ActivityCard } from "@/lib/activities/queries";
import { formatActivityTime, placesLeftText } from "@/lib/format";

export function ActivityList({ items }: { items: ActivityCard[] }) {
  if (items.length === 0) return <p>Er staan nu geen activiteiten gepland.</p>;
  return (
    <ul className="space-y-3">
      {items.map((item) => (
        <li key={item.id} className="rounded-xl border-2 border-sun-light p-4">
          <Link href={`/activiteiten/${item.id}`} className="text-xl font-bold">
            {item.title}
          </Link>
          <p>{formatActivityTime(item.startsAt, item.endsAt)}</p>
          <p className="text-base text-muted">{item.wijkName}</p>
          <p className="flex items-center gap-1 font-semibold">
            <Icon name="users" className="h-5 w-5" />
            {placesLeftText(item.places, item.placesTaken)}
          </p>
        </li>
      ))}
    </ul>
  );
}
