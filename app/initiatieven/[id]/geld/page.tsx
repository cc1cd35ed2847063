import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AmountRow } from "@/components/funds/money-facts";
import { IdeaSubpage } from "@/components/funds/idea-subpage";
import { MoneyForm } from "@/components/funds/money-form";
import { reportSpendingAction, returnMoneyAction } from "@/lib/funds/actions/initiator";
import { WHAT_FOR_MAX } from "@/lib/funds/fields";
import { formatEuros } from "@/lib/platform/money";
import { formatDate } from "@/lib/platform/format";
import { PHOTO_MAX_BYTES } from "@/lib/initiatives/photo-rules";
import { loadOwnMoney } from "../own-money";
import { localDay } from "@/lib/platform/time";

export const metadata: Metadata = { title: "Uitgaven" };

/** The initiator reports what the granted money was spent on, with a receipt photo, and returns what is left. */
export default async function SpendingPage({ params }: { params: Promise<{ id: string }> }) {
  const { initiative, money } = await loadOwnMoney(params, "geld");
  const grants = money.decisions.filter((d) => d.amount !== null);
  if (grants.length === 0) notFound();
  return (
    <IdeaSubpage id={initiative.id} heading={`Uitgaven: ${initiative.title}`}>
      <p>Schrijf op wat u met het geld heeft gekocht. Maak een foto van het bonnetje. Alleen de buurtwerkers zien die foto.</p>
      {grants.map((grant) => {
        const left = grant.paid - grant.spent - grant.returned;
        const key = `toekenning-${grant.id}`;
        return (
          <section key={grant.id} aria-labelledby={key} className="space-y-4 rounded-xl border-2 border-gray-200 p-4">
            <h2 id={key} className="text-2xl font-bold">
              {formatEuros(grant.amount!)} van {grant.fundName}
            </h2>
            <dl className="max-w-md">
              <AmountRow label="Aan u betaald" cents={grant.paid} />
              <AmountRow label="Uitgegeven" cents={grant.spent} />
              {grant.returned > 0 && <AmountRow label="Terugbetaald" cents={grant.returned} />}
              <AmountRow label="Nog over" cents={left} />
            </dl>
            {grant.spendings.length > 0 && (
              <ul className="list-disc pl-6">
                {grant.spendings.map((s) => (
                  <li key={s.id}>
                    {formatDate(s.on)}: {s.whatFor}, {formatEuros(s.amount)}
                    {s.receiptPhoto ? " (met bonnetje)" : ""}
                  </li>
                ))}
              </ul>
            )}
            <h3 className="text-xl font-bold">Uitgave opgeven</h3>
            <MoneyForm
              action={reportSpendingAction}
              id={`uitgave-${grant.id}`}
              hidden={{ initiativeId: initiative.id, grantId: grant.id }}
              fields={[
                { name: "whatFor", label: "Waaraan?", hint: `Bijvoorbeeld: aarde en zaden. Hoogstens ${WHAT_FOR_MAX} tekens.`, kind: "text" },
                { name: "amount", label: "Hoeveel euro?", hint: "Bijvoorbeeld 49,95.", kind: "amount" },
                { name: "on", label: "Wanneer?", kind: "date", defaultValue: localDay(new Date()) },
                { name: "receipt", label: "Foto van het bonnetje (mag u leeg laten)", hint: `Een foto van hoogstens ${PHOTO_MAX_BYTES / 1024 / 1024} MB.`, kind: "photo" },
              ]}
              submit="Uitgave opgeven"
            />
            {left > 0 && (
              <>
                <h3 className="text-xl font-bold">Geld terugbetalen</h3>
                <p>Heeft u geld over? Betaal het terug aan het fonds en schrijf het hier op. U heeft nog {formatEuros(left)} over.</p>
                <MoneyForm
                  action={returnMoneyAction}
                  id={`terug-${grant.id}`}
                  hidden={{ initiativeId: initiative.id, grantId: grant.id }}
                  fields={[
                    { name: "amount", label: "Hoeveel euro betaalt u terug?", kind: "amount" },
                    { name: "on", label: "Wanneer?", kind: "date", defaultValue: localDay(new Date()) },
                  ]}
                  submit="Terugbetaling opgeven"
                  variant="secondary"
                />
              </>
            )}
          </section>
        );
      })}
    </IdeaSubpage>
  );
}
