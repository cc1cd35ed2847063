import Link from "next/link";
import { LinkButton } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { listOwnActivities } from "@/lib/activities/queries/organizer";
import { formatDate } from "@/lib/platform/format";
import type { ActivityApproval } from "@/db/enums";

const STATE: Record<ActivityApproval, string> = {
  wacht: "wacht op de buurtwerker",
  goedgekeurd: "op de website",
  afgewezen: "niet goedgekeurd",
  gepauzeerd: "gepauzeerd",
};

/** On the initiator's view of their idea: their activities and the way to make one. */
export function OwnActivitiesPanel({ initiativeId, userId, mayCreate }: { initiativeId: number; userId: string; mayCreate: boolean }) {
  const items = listOwnActivities(initiativeId, userId);
  if (!mayCreate && items.length === 0) return null;
  return (
    <section aria-labelledby="uw-activiteiten" className="space-y-3 rounded-xl border-2 border-gray-200 p-4">
      <h2 id="uw-activiteiten" className="text-2xl font-bold">
        Uw activiteiten
      </h2>
      <p>Een opruimochtend, een eerste bijeenkomst, een BBQ in de straat: buren melden zich aan op de website.</p>
      {items.length > 0 && (
        <ul className="space-y-1">
          {items.map((item) => (
            <li key={item.id}>
              <Link href={`/activiteiten/${item.id}/organiseren`} className="inline-flex min-h-11 items-center">
                {formatDate(item.startsAt)}: {item.title} ({item.cancelled ? "gaat niet door" : item.hidden ? "verborgen" : STATE[item.approval]})
              </Link>
            </li>
          ))}
        </ul>
      )}
      {mayCreate && (
        <LinkButton href={`/initiatieven/${initiativeId}/activiteiten/nieuw`}>
          <Icon name="calendar" /> Organiseer een activiteit
        </LinkButton>
      )}
    </section>
  );
}
