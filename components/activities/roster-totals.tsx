import type { Roster } from "@/lib/activities/queries/staff";

/** Signed up, came, walk-ins and waiting, counted in people (the lists below count sign-ups). */
export function RosterTotals({ totals }: { totals: Roster["totals"] }) {
  const items = [
    { label: "Personen aangemeld", value: totals.signedUp },
    { label: "Personen gekomen", value: totals.came },
    { label: "Binnenlopers (personen)", value: totals.walkIns },
    { label: "Personen op de wachtlijst", value: totals.waiting },
  ];
  return (
    <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
      {items.map((item) => (
        <div key={item.label} className="rounded-lg border-2 border-brand-light p-2 text-center">
          <dt className="text-base">{item.label}</dt>
          <dd className="text-2xl font-bold">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
