import { CardLink } from "@/components/ui/card-link";
import { Icon } from "@/components/ui/icon";
import type { InitiativeCard } from "@/lib/initiatives/queries/lists";
import { STATUS_LABELS } from "@/lib/initiatives/status";
import { supportersText } from "./support-text";

export function InitiativeList({ items, empty = "Er zijn nog geen ideeën. Het eerste idee kan van u zijn!" }: { items: InitiativeCard[]; empty?: string }) {
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <ul className="space-y-3">
      {items.map((item) => (
        <li key={item.id}>
          <CardLink href={`/initiatieven/${item.id}`} id={`idee-${item.id}`} title={item.title}>
            <span className="block break-words">{item.pitch}</span>
            <span className="block text-base text-muted">
              {item.wijkName} · {item.themeName} · {STATUS_LABELS[item.status]}
            </span>
            <span className="flex items-center gap-1 text-base font-semibold">
              <Icon name="heart" className="h-5 w-5" />
              {supportersText(item.backingCount + item.paperCount)}
            </span>
          </CardLink>
        </li>
      ))}
    </ul>
  );
}
