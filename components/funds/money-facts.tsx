import Link from "next/link";
import { formatDate } from "@/lib/platform/format";
import { formatEuros } from "@/lib/platform/money";
import type { GrantView, PublicMoney } from "@/lib/funds/queries/funds";

/** One "label: amount" row of a money overview. */
export function AmountRow({ label, cents }: { label: string; cents: number }) {
  return (
    <div className="flex justify-between gap-3 border-b border-gray-300 py-1">
      <dt>{label}</dt>
      <dd className="font-bold whitespace-nowrap tabular-nums">{formatEuros(cents)}</dd>
    </div>
  );
}

/**
 * The idea's money as everyone sees it (public money): asked, the budget lines, granted per fund,
 * paid, spent and returned. The initiator also sees each decision: conditions, the municipal
 * contact, a refusal's reason, and links to the budget and spending pages.
 */
export function MoneyFacts({ money, own, ownPages }: { money: PublicMoney; own: GrantView[] | null; ownPages: { budget: string | null; spending: string | null } }) {
  if (money.asked === null && money.grants.length === 0 && !own?.length && !ownPages.budget) return null;
  return (
    <section aria-labelledby="geld" className="space-y-3">
      <h2 id="geld" className="text-2xl font-bold">
        Geld
      </h2>
      <p>Dit is geld van de gemeenschap. Daarom zijn de bedragen openbaar.</p>
      <dl className="max-w-md">
        {money.asked !== null && <AmountRow label="Gevraagd" cents={money.asked} />}
        {money.grants.map((grant, index) => (
          <AmountRow key={index} label={`Gekregen van ${grant.fundName ?? "een fonds"}`} cents={grant.amount} />
        ))}
        {money.grants.length > 0 && (
          <>
            <AmountRow label="Betaald" cents={money.paid} />
            <AmountRow label="Uitgegeven" cents={money.spent} />
            {money.returned > 0 && <AmountRow label="Terugbetaald" cents={money.returned} />}
          </>
        )}
      </dl>
      {money.lines.length > 0 && (
        <details>
          <summary className="min-h-11 cursor-pointer py-2 font-semibold">Waar is het geld voor?</summary>
          <ul className="list-disc pl-6">
            {money.lines.map((line, index) => (
              <li key={index}>
                {line.whatFor}: {formatEuros(line.amount)}
              </li>
            ))}
          </ul>
        </details>
      )}
      {own?.map((decision) =>
        decision.amount === null ? (
          <p key={decision.id} className="rounded-lg border-2 border-danger p-3">
            Op {formatDate(decision.decidedAt)} is besloten: u krijgt geen geld. De reden: {decision.reason}
          </p>
        ) : (
          <div key={decision.id} className="space-y-1 rounded-lg border-2 border-brand p-3">
            <p className="font-semibold">
              U krijgt {formatEuros(decision.amount)} van {decision.fundName} (besloten op {formatDate(decision.decidedAt)}).
            </p>
            {decision.conditions && <p>Hier moet u op letten: {decision.conditions}</p>}
            <p>
              Uw contactpersoon bij de gemeente: {decision.contactName} (<a href={`mailto:${decision.contactEmail}`}>{decision.contactEmail}</a>).
            </p>
          </div>
        ),
      )}
      {(ownPages.budget || ownPages.spending) && (
        <ul className="space-y-1">
          {ownPages.budget && (
            <li>
              <Link href={ownPages.budget} className="inline-flex min-h-11 items-center">
                Begroting maken of aanpassen
              </Link>
            </li>
          )}
          {ownPages.spending && (
            <li>
              <Link href={ownPages.spending} className="inline-flex min-h-11 items-center">
                Uitgaven opgeven of geld terugbetalen
              </Link>
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
