import type { Metadata } from "next";
import { AmountRow } from "@/components/funds/money-facts";
import { IdeaSubpage } from "@/components/funds/idea-subpage";
import { MoneyForm } from "@/components/funds/money-form";
import { ActionButtonForm } from "@/components/initiatives/action-button-form";
import { addBudgetLineAction, removeBudgetLineAction } from "@/lib/funds/actions/initiator";
import { BUDGET_OPEN_STATUSES, WHAT_FOR_MAX } from "@/lib/funds/fields";
import { formatEuros } from "@/lib/platform/money";
import { loadOwnMoney } from "../own-money";

export const metadata: Metadata = { title: "Begroting" };

/** The initiator writes down what the money is for, line by line, while the idea is open. */
export default async function BudgetPage({ params }: { params: Promise<{ id: string }> }) {
  const { initiative, money } = await loadOwnMoney(params, "begroting");
  const open = (BUDGET_OPEN_STATUSES as readonly string[]).includes(initiative.status);
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
        <p className="font-semibold">Uw begroting kan niet meer veranderen.</p>
      )}
    </IdeaSubpage>
  );
}
