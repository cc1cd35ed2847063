import Link from "next/link";
import { LinkButton } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { formatDate } from "@/lib/platform/format";
import { listMyInitiatives } from "@/lib/initiatives/queries/lists";
import { isEditableStatus, STATUS_LABELS } from "@/lib/initiatives/status";
import { supportersText } from "./support-text";

/** "Mijn ideeën" on /account: every own idea with its status and what can be done now. */
export function MyInitiatives({ userId }: { userId: string }) {
  const items = listMyInitiatives(userId);
  return (
    <section aria-labelledby="mijn-ideeen" className="space-y-3">
      <h2 id="mijn-ideeen" className="text-2xl font-bold">
        Mijn ideeën
      </h2>
      {items.length === 0 && <p>U heeft nog geen idee ingestuurd.</p>}
      <ul className="space-y-3">
        {items.map((item) => (
          <li key={item.id} className="space-y-1 rounded-xl border-2 border-brand-light p-4">
            <Link href={`/initiatieven/${item.id}`} className="flex min-h-11 items-center text-xl font-bold break-words">
              {item.title}
            </Link>
            <p>Status: {STATUS_LABELS[item.status]}</p>
            {item.status === "ingediend" && item.answerDueAt && <p>U krijgt antwoord uiterlijk op {formatDate(item.answerDueAt)}.</p>}
            {item.status === "zoekt_steun" && <p>{supportersText(item.backingCount + item.paperCount)}.</p>}
            {isEditableStatus(item.status) && (
              <Link href={`/initiatieven/${item.id}/bewerken`} className="inline-flex min-h-11 items-center">
                Aanpassen
              </Link>
            )}
            {item.status === "zoekt_steun" && (
              <Link href={`/initiatieven/${item.id}/intrekken`} className="inline-flex min-h-11 items-center">
                Intrekken
              </Link>
            )}
          </li>
        ))}
      </ul>
      <LinkButton href="/initiatieven/nieuw" variant="secondary">
        <Icon name="idea" /> Ik heb een idee
      </LinkButton>
    </section>
  );
}
