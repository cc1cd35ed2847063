import Link from "next/link";
import { Icon } from "@/components/ui/icon";
import type { InitiativeCard } from "@/lib/initiatives/queries";
import { STATUS_LABELS } from "@/lib/initiatives/status";
import { supportersText } from "./support-text";

export function InitiativeList({ items, empty = "Er zijn nog geen ideeën. Het eerste idee kan van u zijn!" }: { items: InitiativeCard[]; empty?: string }) {
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <ul className="space-y-3">
      {items.map((item) => (
        <li key={item.id} className="space-y-1 rounded-xl border-2 border-brand-light p-4">
          <Link href={`/initiatieven/${item.id}`} className="text-xl font-bold break-words">
            {item.title}
          </Link>
          <p className="break-words">{item.pitch}</p>
          <p className="text-base text-muted">
            {item.wijkName} · {item.themeName} · {STATUS_LABELS[item.status]}
          </p>
          <p className="flex items-center gap-1 text-base font-semibold">
            <Icon name="heart" className="h-5 w-5" />
            {supportersText(item.backingCount + item.paperCount)}
          </p>
        </li>
      ))}
    </ul>
  );
}
