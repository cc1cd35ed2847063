import { GoalMeter } from "@/components/initiatives/goal-meter";
import { keyFigures } from "@/lib/stats/queries/key-figures";
import type { PresentedFigures } from "@/lib/stats/present";
import type { StatsTable } from "@/lib/stats/tables";
import { BarChart } from "./bar-chart";
import { DataTable } from "./data-table";
import { KeyFigures } from "./key-figures";
import { TrajectoryMeter } from "./trajectory-meter";
import { TrendLine } from "./trend-line";

const EXPLANATIONS: Record<string, string> = {
  trechter: "Ideeën die in deze periode zijn ingediend, en hoe ver ze kwamen.",
  steun: "Steun op papier haalt een buurtwerker op straat op. Die tellen wij apart.",
  deelnemers:
    "Iedere bewoner telt één keer, ook als hij of zij meer deed. Wij tellen accounts en de e-mailadressen van gasten. Medewerkers, partners, geblokkeerde en verwijderde accounts tellen niet mee. Binnenlopers zonder e-mailadres ook niet.",
  reeksen: "Mensen, met hun gezin of groep meegeteld. Niet gekomen: het deel van de opgegeven mensen dat niet kwam, bij activiteiten die voorbij zijn.",
  activiteiten: "Mensen, met hun gezin of groep meegeteld. Activiteiten die niet doorgingen tellen niet mee.",
  geld: "Toegekend telt op de dag van het besluit; betaald, uitgegeven en terugbetaald op hun eigen datum. Bedragen in hele euro's.",
  meedoen: "Een plek is één datum om te helpen. Vol: alle plekken zijn genomen. Uren: van de mensen die kwamen.",
  trajecten:
    "Mensen in een participatietraject, voor het hele gebied. Elk getal is afgerond op tientallen; 1 tot 9 staat als <10. Zo is niemand te herkennen.",
  resultaten: "Wat bewoners opschreven toen hun idee klaar was. Openbaar is een aantal mensen afgerond op 5; 1 tot 4 staat als <5.",
};

/**
 * The figures for a phone: first the key figures and the trend of the last twelve months, then a
 * link per table to its own page (components/stats/figures-table-page.tsx), so the first view
 * carries none of them: at ten times the data /cijfers was 347 kB with every table folded in.
 */
export function FiguresReport({
  figures,
  tables,
  tableHref,
}: {
  figures: PresentedFigures;
  tables: StatsTable[];
  tableHref: (tableId: string) => string;
}) {
  const trendOf = (key: "proposed" | "attended") => figures.trend.map((row) => ({ month: row.month, value: row[key] }));
  return (
    <div className="space-y-8">
      <section aria-labelledby="kort" className="space-y-3">
        <h2 id="kort" className="text-2xl font-bold">
          In het kort
        </h2>
        <KeyFigures figures={keyFigures(figures)} />
        <GoalMeter progress={figures.goal} />
        <TrajectoryMeter figures={figures.trajectories} />
      </section>
      <section aria-labelledby="verloop" className="space-y-3">
        <h2 id="verloop" className="text-2xl font-bold">
          De laatste 12 maanden
        </h2>
        <TrendLine title="Ideeën ingestuurd per maand" months={trendOf("proposed")} />
        <TrendLine title="Mensen bij activiteiten per maand" months={trendOf("attended")} />
      </section>
      <section aria-labelledby="details" className="space-y-3">
        <h2 id="details" className="text-2xl font-bold">
          Alle cijfers
        </h2>
        <p>Tik op een onderwerp. U ziet dan de tabel, de grafiek en een bestand om op te slaan.</p>
        <TableLinks tables={tables} href={tableHref} />
      </section>
    </div>
  );
}

/** One heading with a link per table (plain links: no prefetch of pages that are rendered per request). */
export function TableLinks({ tables, href, headingLevel = 3 }: { tables: StatsTable[]; href: (tableId: string) => string; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="space-y-2">
      {tables.map((table) => (
        <li key={table.id}>
          <Heading className="text-xl font-bold">
            <a href={href(table.id)} className="flex min-h-11 items-center rounded-xl border-2 border-brand-light p-3">
              {table.title}
            </a>
          </Heading>
        </li>
      ))}
    </ul>
  );
}

/**
 * One table with its explanation, chart and download. `page`: only these rows of a long table,
 * with links to the other rows (the download has them all).
 */
export function FiguresTable({
  table,
  csvHref,
  page,
}: {
  table: StatsTable;
  csvHref: string;
  page?: { number: number; size: number; hrefFor: (page: number) => string };
}) {
  return (
    <>
      {EXPLANATIONS[table.id] && <p>{EXPLANATIONS[table.id]}</p>}
      <BarChart table={table} />
      <DataTable table={table} page={page} />
      <a href={csvHref} download className="inline-flex min-h-11 items-center">
        Sla &quot;{table.title}&quot; op als bestand voor Excel
      </a>
    </>
  );
}
