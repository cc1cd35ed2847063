import type { Metadata } from "next";
import { AmountRow } from "@/components/funds/money-facts";
import { MoneyForm } from "@/components/funds/money-form";
import { requirePagePermission } from "@/lib/platform/auth/guards";
import { saveFundAction, setBudgetAction } from "@/lib/funds/actions/funds";
import { FUND_NAME_MAX, PROVIDER_MAX, YEAR_MAX, YEAR_MIN } from "@/lib/funds/fields";
import { centsToInput } from "@/lib/platform/money";
import { listFunds } from "@/lib/funds/queries/funds";

export const metadata: Metadata = { title: "Fondsen" };

type Props = { searchParams: Promise<{ jaar?: string }> };

function yearOf(value: string | undefined): number {
  const year = Number(value);
  return Number.isInteger(year) && year >= YEAR_MIN && year <= YEAR_MAX ? year : new Date().getUTCFullYear();
}

/** The beheerder's funds: budget per year, what is granted and what is left; add and change funds. */
export default async function FundsPage({ searchParams }: Props) {
  await requirePagePermission("fund:manage", "/beheer/fondsen");
  const year = yearOf((await searchParams).jaar);
  const funds = listFunds(year);
  const fundFields = (fund?: (typeof funds)[number]) => [
    { name: "name", label: "Naam van het fonds", hint: `Hoogstens ${FUND_NAME_MAX} tekens.`, kind: "text" as const, defaultValue: fund?.name },
    { name: "provider", label: "Wie geeft het geld?", hint: `Bijvoorbeeld: gemeente Heerlen. Hoogstens ${PROVIDER_MAX} tekens.`, kind: "text" as const, defaultValue: fund?.provider },
    { name: "open", label: "Open: er kan geld uit gegeven worden", kind: "checkbox" as const, defaultValue: fund === undefined || fund.open ? "on" : "" },
  ];
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">Fondsen</h1>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="jaar" className="block font-bold">
            Jaar
          </label>
          <input id="jaar" name="jaar" inputMode="numeric" defaultValue={year} className="block min-h-12 w-32 rounded-lg border-2 border-gray-500 px-3 text-lg" />
        </div>
        <button type="submit" className="min-h-12 rounded-lg border-2 border-brand px-5 font-bold text-brand">
          Toon jaar
        </button>
      </form>
      {funds.length === 0 && <p>Er zijn nog geen fondsen.</p>}
      {funds.map((fund) => (
        <section key={fund.id} aria-labelledby={`fonds-${fund.id}`} className="space-y-3 rounded-xl border-2 border-gray-200 p-4">
          <h2 id={`fonds-${fund.id}`} className="text-2xl font-bold break-words">
            {fund.name} {fund.open ? "" : "(gesloten)"}
          </h2>
          <p>Geld van: {fund.provider}</p>
          <dl className="max-w-md">
            <AmountRow label={`Budget ${year}`} cents={fund.budget} />
            <AmountRow label="Toegekend" cents={fund.granted} />
            <AmountRow label="Terugbetaald" cents={fund.returned} />
            <AmountRow label="Nog over" cents={fund.balance} />
          </dl>
          <p>
            <a href={`/beheer/fondsen/${fund.id}/grootboek.csv?jaar=${year}`} download className="inline-flex min-h-11 items-center">
              Download het grootboek {year} (CSV)
            </a>
          </p>
          <details>
            <summary className="min-h-11 cursor-pointer py-2 font-semibold">Budget voor {year} aanpassen</summary>
            <MoneyForm
              action={setBudgetAction}
              id={`budget-${fund.id}`}
              hidden={{ fundId: fund.id, year }}
              fields={[{ name: "amount", label: `Budget ${year} (euro)`, kind: "amount", defaultValue: centsToInput(fund.budget) }]}
              submit="Budget opslaan"
            />
          </details>
          <details>
            <summary className="min-h-11 cursor-pointer py-2 font-semibold">Naam of gegevens aanpassen</summary>
            <MoneyForm action={saveFundAction} id={`fonds-form-${fund.id}`} hidden={{ fundId: fund.id }} fields={fundFields(fund)} submit="Fonds opslaan" variant="secondary" />
          </details>
        </section>
      ))}
      <section aria-labelledby="nieuw-fonds" className="space-y-3">
        <h2 id="nieuw-fonds" className="text-2xl font-bold">
          Nieuw fonds
        </h2>
        <MoneyForm action={saveFundAction} id="nieuw" hidden={{}} fields={fundFields()} submit="Fonds toevoegen" />
      </section>
    </div>
  );
}
