import { RequestStep } from "./request-step";
import type { RequestState } from "@/lib/funds/queries/requests";
import { formatDate } from "@/lib/platform/format";
import { addAdviceAction, decideMoneyAction, recordPaymentAction } from "@/lib/funds/actions/decisions";
import { ADVICE_MAX, CONDITIONS_MAX, DECIDABLE_STATUSES, REASON_MAX } from "@/lib/funds/fields";
import { formatEuros } from "@/lib/platform/money";
import type { FundRow, GrantView, MoneyView } from "@/lib/funds/queries/funds";
import { AmountRow } from "./money-facts";
import { MoneyForm } from "./money-form";
import { localDay } from "@/lib/platform/time";

function Decision({ initiativeId, decision, canDecide }: { initiativeId: number; decision: GrantView; canDecide: boolean }) {
  if (decision.amount === null) {
    return (
      <li className="rounded-xl border-2 border-danger p-3">
        {formatDate(decision.decidedAt)}: geen geld gegeven. Reden: {decision.reason}
      </li>
    );
  }
  return (
    <li className="space-y-2 rounded-xl border-2 border-brand p-3">
      <p className="font-bold">
        {formatDate(decision.decidedAt)}: {formatEuros(decision.amount)} uit {decision.fundName} ({decision.year})
      </p>
      {decision.conditions && <p>Voorwaarden: {decision.conditions}</p>}
      <p>
        Contact gemeente: {decision.contactName} ({decision.contactEmail})
      </p>
      <dl className="max-w-md">
        <AmountRow label="Betaald" cents={decision.paid} />
        <AmountRow label="Uitgegeven" cents={decision.spent} />
        <AmountRow label="Terugbetaald" cents={decision.returned} />
      </dl>
      <ul className="list-disc pl-6">
        {decision.payments.map((p) => (
          <li key={`p${p.id}`}>
            Betaald op {formatDate(p.on)}: {formatEuros(p.amount)}
          </li>
        ))}
        {decision.spendings.map((s) => (
          <li key={`s${s.id}`}>
            Uitgegeven op {formatDate(s.on)}: {s.whatFor}, {formatEuros(s.amount)}
            {s.receiptPhoto && (
              <>
                {" "}
                (<a href={`/beheer/bonnetjes/${s.receiptPhoto}`} className="inline-flex min-h-11 items-center">bekijk bonnetje</a>)
              </>
            )}
          </li>
        ))}
        {decision.returns.map((r) => (
          <li key={`r${r.id}`}>
            Terugbetaald op {formatDate(r.on)}: {formatEuros(r.amount)}
          </li>
        ))}
      </ul>
      {canDecide && decision.paid < decision.amount && (
        <MoneyForm
          action={recordPaymentAction}
          id={`betaling-${decision.id}`}
          hidden={{ initiativeId, grantId: decision.id }}
          fields={[
            { name: "amount", label: "Bedrag van deze betaling (euro)", hint: `Nog te betalen: ${formatEuros(decision.amount - decision.paid)}.`, kind: "amount" },
            { name: "on", label: "Datum van betaling", kind: "date", defaultValue: localDay(new Date()) },
          ]}
          submit="Betaling opslaan"
          variant="secondary"
        />
      )}
    </li>
  );
}

/**
 * The money of an idea for staff: the budget, the advice, the decisions with every payment,
 * spending (receipts too) and return, and for the beheerder the forms to decide and to pay.
 */
export function StaffMoneyPanel({
  initiativeId,
  status,
  money,
  request,
  funds,
  canDecide,
}: {
  initiativeId: number;
  status: string;
  money: MoneyView;
  request: RequestState | null;
  funds: FundRow[];
  canDecide: boolean;
}) {
  const decidable = canDecide && (DECIDABLE_STATUSES as readonly string[]).includes(status);
  return (
    <section aria-labelledby="staff-geld" className="space-y-4">
      <h2 id="staff-geld" className="text-2xl font-bold">
        Geld
      </h2>
      <p>Gevraagd: {money.asked === null ? "geen geld" : formatEuros(money.asked)}</p>
      {request ? <RequestStep request={request} forStaff /> : <p>De initiatiefnemer heeft nog geen vraag om geld verstuurd.</p>}
      {money.lines.length > 0 && (
        <ul className="list-disc pl-6">
          {money.lines.map((line) => (
            <li key={line.id}>
              {line.whatFor}: {formatEuros(line.amount)}
            </li>
          ))}
        </ul>
      )}
      <h3 className="text-xl font-bold">Advies</h3>
      {money.advices.length === 0 && <p>Nog geen advies.</p>}
      <ul className="space-y-2">
        {money.advices.map((advice) => (
          <li key={advice.id} className="rounded-xl border-2 border-gray-200 p-3">
            <p className="font-bold">
              {advice.authorName} · {formatDate(advice.createdAt)}
            </p>
            <p className="whitespace-pre-line break-words">{advice.text}</p>
          </li>
        ))}
      </ul>
      <MoneyForm
        action={addAdviceAction}
        id="advies"
        hidden={{ initiativeId }}
        fields={[{ name: "text", label: "Uw advies over het geld", hint: `Hoogstens ${ADVICE_MAX} tekens. Alleen medewerkers lezen dit.`, kind: "textarea" }]}
        submit="Advies geven"
        variant="secondary"
      />
      <h3 className="text-xl font-bold">Besluiten</h3>
      {money.decisions.length === 0 && <p>Er is nog geen besluit.</p>}
      <ul className="space-y-3">
        {money.decisions.map((decision) => (
          <Decision key={decision.id} initiativeId={initiativeId} decision={decision} canDecide={canDecide} />
        ))}
      </ul>
      {decidable && (
        <div className="space-y-4 rounded-xl bg-sun-light p-4">
          <h3 className="text-xl font-bold">Geld geven</h3>
          <MoneyForm
            action={decideMoneyAction}
            id="toekennen"
            hidden={{ initiativeId, decision: "grant" }}
            fields={[
              { name: "fundId", label: "Uit welk fonds?", kind: "select", options: funds.filter((f) => f.open).map((f) => ({ id: f.id, name: `${f.name} (nog ${formatEuros(f.balance)})` })) },
              { name: "amount", label: "Bedrag (euro)", hint: money.asked ? `Gevraagd: ${formatEuros(money.asked)}.` : undefined, kind: "amount" },
              { name: "conditions", label: "Voorwaarden (mag u leeg laten)", hint: `Hoogstens ${CONDITIONS_MAX} tekens.`, kind: "textarea" },
              { name: "contactName", label: "Naam contactpersoon gemeente", kind: "text" },
              { name: "contactEmail", label: "E-mail contactpersoon gemeente", kind: "email" },
            ]}
            submit="Geld geven"
          />
          <h3 className="text-xl font-bold">Geen geld geven</h3>
          <MoneyForm
            action={decideMoneyAction}
            id="weigeren"
            hidden={{ initiativeId, decision: "refuse" }}
            fields={[{ name: "reason", label: "Waarom niet?", hint: `De bewoner leest dit. Hoogstens ${REASON_MAX} tekens.`, kind: "textarea" }]}
            submit="Geen geld geven"
            variant="danger"
          />
        </div>
      )}
    </section>
  );
}
