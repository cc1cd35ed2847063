import type { Metadata } from "next";
import { AmountRow } from "@/components/funds/money-facts";
import { IdeaSubpage } from "@/components/funds/idea-subpage";
import { MoneyForm } from "@/components/funds/money-form";
import { ActionButtonForm } from "@/components/initiatives/action-button-form";
import { RequestStep } from "@/components/funds/request-step";
import { addBudgetLineAction, removeBudgetLineAction, sendMoneyRequestAction } from "@/lib/funds/actions/initiator";
import { BUDGET_OPEN_STATUSES, DECIDABLE_STATUSES, WHAT_FOR_MAX } from "@/lib/funds/fields";
import { requestOf } from "@/lib/funds/queries/requests";
import { formatEuros } from "@/lib/platform/money";
import { loadOwnMoney } from "../own-money";

export const metadata: Metadata = { title: "Begroting" };

/** The initiator writes down what the money is for, line by line, while the idea is open. */
export default async function BudgetPage({ params }: { params: Promise<{ id: string }> }) {
  const { initiative, money } = await loadOwnMoney(params, "begroting");
  const request = requestOf(initiative.id);
  const waiting = request !== null && request.decidedAt === null;
  const open = (BUDGET_OPEN_STATUSES as readonly string[]).includes(initiative.status) && !waiting;
  const mayAsk = (DECIDABLE_STATUSES as readonly string[]).includes(initiative.status);
  return (
    <IdeaSubpage id={initiative.id} heading={`Begroting: ${initiative.title}`}>
      <p>Schrijf op waarvoor u geld nodig heeft. Eén regel per ding. Iedereen kan de bedragen zien.</p>
      <section aria-labelledby="regels" className="space-y-3">
        <h2 id="regels" className="text-2xl font-bold">
          Uw begroting
        </h2>
        {money.lines.length === 0 ? (
          <p>Er staat nog niets in uw begroting.</p>
        ) : (
          <ul className="space-y-3">
            {money.lines.map((line) => (
              <li key={line.id} className="space-y-2 rounded-xl border-2 border-gray-200 p-3">
                <p>
                  {line.whatFor}: <strong>{formatEuros(line.amount)}</strong>
                </p>
                {open && (
                  <ActionButtonForm
                    action={removeBudgetLineAction}
                    fields={{ initiativeId: initiative.id, lineId: line.id }}
                    label={`Haal "${line.whatFor}" weg`}
                    variant="secondary"
                  />
                )}
              </li>
            ))}
          </ul>
        )}
        {money.lines.length > 0 && (
          <dl className="max-w-md">
            <AmountRow label="Samen" cents={money.asked ?? 0} />
          </dl>
        )}
      </section>
      {open ? (
        <section aria-labelledby="nieuwe-regel" className="space-y-3">
          <h2 id="nieuwe-regel" className="text-2xl font-bold">
            Regel toevoegen
          </h2>
          <MoneyForm
            action={addBudgetLineAction}
            id="regel"
            hidden={{ initiativeId: initiative.id }}
            fields={[
              { name: "whatFor", label: "Waarvoor?", hint: `Bijvoorbeeld: plantenbakken. Hoogstens ${WHAT_FOR_MAX} tekens.`, kind: "text" },
              { name: "amount", label: "Hoeveel euro?", hint: "Bijvoorbeeld 250 of 249,95.", kind: "amount" },
            ]}
            submit="Regel toevoegen"
          />
        </section>
      ) : (
        !waiting && <p className="font-semibold">Uw begroting kan niet meer veranderen.</p>
      )}
      <section aria-labelledby="versturen" className="space-y-3">
        <h2 id="versturen" className="text-2xl font-bold">
          {request ? "Uw vraag om geld" : "Vraag om geld versturen"}
        </h2>
        {request && <RequestStep request={request} forStaff={false} />}
        {!waiting && (
          <>
            <p>Klaar met uw begroting? Verstuur dan uw vraag om geld. Zo gaat het verder:</p>
            <ol className="list-decimal space-y-1 pl-6">
              <li>Een buurtwerker bekijkt uw begroting en geeft advies, binnen 5 werkdagen.</li>
              <li>Daarna beslist de beheerder van het fonds, ook binnen 5 werkdagen.</li>
              <li>U krijgt bij elke stap een mail. Tot de beslissing kunt u de begroting niet veranderen.</li>
            </ol>
            {!mayAsk ? (
              <p className="font-semibold">U kunt uw vraag versturen als uw idee op de website staat.</p>
            ) : money.lines.length === 0 ? (
              <p className="font-semibold">Zet eerst minstens één regel in uw begroting.</p>
            ) : (
              <ActionButtonForm action={sendMoneyRequestAction} fields={{ initiativeId: initiative.id }} label="Vraag om geld versturen" />
            )}
          </>
        )}
      </section>
    </IdeaSubpage>
  );
}
