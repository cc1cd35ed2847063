import Link from "next/link";
import { LinkButton } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { initiatorTransitionAction } from "@/lib/initiatives/actions/transition";
import type { InitiativeDetail } from "@/lib/initiatives/queries/detail";
import { isEditableStatus } from "@/lib/initiatives/status";
import { formatDate } from "@/lib/platform/format";
import { ActionButtonForm } from "./action-button-form";

const WHAT_NOW: Partial<Record<InitiativeDetail["status"], string>> = {
  concept: "Uw idee is bewaard als concept. Alleen u ziet het. Stuur het in als het klaar is.",
  teruggestuurd: "De buurtwerker heeft een vraag. Kijk hieronder bij 'Wat is er gebeurd'. Pas uw idee aan en stuur het opnieuw in.",
  afgewezen: "Uw idee gaat helaas niet door. De reden staat hieronder.",
  ingetrokken: "U heeft dit idee ingetrokken.",
};

/** What the initiator sees and can do: the state in plain words, change, (re)submit, withdraw, helpers. */
export function InitiatorPanel({ initiative }: { initiative: InitiativeDetail }) {
  const { status } = initiative;
  return (
    <section aria-labelledby="mijn-idee" className="space-y-3 rounded-xl bg-sun-light p-4">
      <h2 id="mijn-idee" className="text-2xl font-bold">
        Uw idee
      </h2>
      {!initiative.isPublic && <p className="font-semibold">Alleen u en de buurtwerkers zien deze pagina.</p>}
      {status === "ingediend" && (
        <p>
          Een buurtwerker leest uw idee.
          {initiative.answerDueAt && <> U krijgt antwoord uiterlijk op <strong>{formatDate(initiative.answerDueAt)}</strong>.</>}
        </p>
      )}
      {WHAT_NOW[status] && <p>{WHAT_NOW[status]}</p>}
      {isEditableStatus(status) && (
        <div className="flex flex-wrap gap-3">
          <ActionButtonForm
            action={initiatorTransitionAction}
            fields={{ initiativeId: initiative.id, transition: status === "concept" ? "submit" : "resubmit" }}
            label={status === "concept" ? "Insturen" : "Opnieuw insturen"}
          />
          <LinkButton href={`/initiatieven/${initiative.id}/bewerken`} variant="secondary">
            Aanpassen
          </LinkButton>
        </div>
      )}
      {status === "zoekt_steun" && (
        <Link href={`/initiatieven/${initiative.id}/intrekken`} className="inline-flex min-h-11 items-center">
          Idee intrekken
        </Link>
      )}
      {initiative.helpers && initiative.helpers.length > 0 && (
        <div className="space-y-2">
          <h3 className="flex items-center gap-2 text-xl font-bold">
            <Icon name="users" /> Wie helpt mee
          </h3>
          <p className="text-base text-muted">Dit zien alleen u en uw begeleider.</p>
          <ul className="space-y-2">
            {initiative.helpers.map((helper, index) => (
              <li key={index}>
                <strong>{helper.name}</strong>: <span className="whitespace-pre-line">{helper.note}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
