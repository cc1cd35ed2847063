import Link from "next/link";
import { STATUS_LABELS } from "@/lib/initiatives/status";
import type { InitiativeCard } from "@/lib/initiatives/queries";

export function InitiativeList({ items }: { items: InitiativeCard[] }) {
  if (items.length === 0) return <p>Er zijn nog geen ideeën. Het eerste idee kan van u zijn!</p>;
  return (
    <ul className="space-y-3">
      {items.map((item) => (
        <li key={item.id} className="rounded-xl border-2 border-brand-light p-4">
          <Link href={`/initiatieven/${item.id}`} className="text-xl font-bold">
            {item.title}
          </Link>
          <p>{item.pitch}</p>
          <p className="text-base text-muted">
            {item.wijkName} · {item.themeName} · {STATUS_LABELS[item.status]}
          </p>
        </li>
      ))}
    </ul>
  );
}
