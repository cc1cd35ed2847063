import type { ReactNode } from "react";
import { Icon } from "@/components/ui/icon";
import { PersonName } from "@/components/ui/role-badge";
import type { InitiativeDetail } from "@/lib/initiatives/queries/detail";
import { STATUS_LABELS } from "@/lib/initiatives/status";

function needsText(needs: InitiativeDetail["needs"]): string {
  const list = [
    needs.help && "hulp van buren",
    needs.place && "een plek",
    needs.materials && "materialen",
    needs.money && (needs.moneyAmount ? `geld (ongeveer € ${needs.moneyAmount.toLocaleString("nl-NL")})` : "geld"),
  ].filter(Boolean);
  return list.length ? list.join(", ") : "niets bijzonders";
}

/** Who, where, what about and what it needs, as a short list of facts. */
export function InitiativeFacts({ initiative }: { initiative: InitiativeDetail }) {
  const rows: [string, ReactNode][] = [
    ["Status", STATUS_LABELS[initiative.status]],
    ["Wijk", initiative.wijkName],
    ["Thema", initiative.themeName],
    ["Nodig", needsText(initiative.needs)],
    ["Idee van", <PersonName key="initiator" name={initiative.initiatorName} role={initiative.initiatorRole} />],
    ["Begeleider", initiative.coachName ? <PersonName key="coach" name={initiative.coachName} role={initiative.coachRole} /> : "nog niet gekozen"],
  ];
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-xl bg-brand-light p-4">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="flex items-center gap-1 font-bold">
            {term === "Wijk" && <Icon name="place" className="h-5 w-5" />}
            {term}
          </dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
