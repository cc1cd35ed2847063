import { GoalMeter } from "@/components/initiatives/goal-meter";
import type { PresentedFigures } from "@/lib/stats/present";
import type { StatsTable } from "@/lib/stats/tables";
import { BarChart } from "./bar-chart";
import { DataTable } from "./data-table";

const EXPLANATIONS: Record<string, string> = {
  trechter: "Ideeën die in deze periode zijn ingediend, en hoe ver ze kwamen.",
  steun: "Steun op papier haalt een buurtwerker op straat op. Die tellen wij apart.",
  deelnemers:
    "Iedere bewoner telt één keer, ook als hij of zij meer deed. Wij tellen accounts en de e-mailadressen van gasten. Medewerkers, partners, geblokkeerde en verwijderde accounts tellen niet mee. Binnenlopers zonder e-mailadres ook niet.",
  reeksen: "Mensen, met hun gezin of groep meegeteld. Niet gekomen: het deel van de opgegeven mensen dat niet kwam, bij activiteiten die voorbij zijn.",
  activiteiten: "Mensen, met hun gezin of groep meegeteld. Activiteiten die niet doorgingen tellen niet mee.",
  geld: "Toegekend telt op de dag van het besluit; betaald, uitgegeven en terugbetaald op hun eigen datum. Bedragen in hele euro's.",
  resultaten: "Wat bewoners opschreven toen hun idee klaar was. Openbaar is een aantal mensen afgerond op 5; 1 tot 4 staat als <5.",
};

/** All figures as sections: a chart where it helps, always the table, and a CSV download. */
export function FiguresReport({
  figures,
  tables,
  csvHref,
}: {
  figures: PresentedFigures;
  tables: StatsTable[];
  csvHref: (tableId: string) => string;
}) {
  return (
    <div className="space-y-10">
      <section aria-labelledby="doel" className="space-y-2 rounded-xl bg-sun-light p-4">
        <h2 id="doel" className="text-2xl font-bold">
          Op weg naar {figures.goal.goal} initiatieven
        </h2>
        <GoalMeter progress={figures.goal} />
      </section>
      {tables.map((table) => (
        <section key={table.id} aria-labelledby={`tabel-${table.id}`} className="space-y-3">
          <h2 id={`tabel-${table.id}`} className="text-2xl font-bold">
            {table.title}
          </h2>
          {EXPLANATIONS[table.id] && <p>{EXPLANATIONS[table.id]}</p>}
          <BarChart table={table} />
          <DataTable table={table} />
          <a href={csvHref(table.id)} download className="inline-flex min-h-11 items-center">
            Download &quot;{table.title}&quot; als CSV
          </a>
        </section>
      ))}
    </div>
  );
}
