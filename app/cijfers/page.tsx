import type { Metadata } from "next";
import { FiguresAge, FiguresCounting } from "@/components/stats/figures-age";
import { FiguresReport } from "@/components/stats/figures-report";
import { FilterForm } from "@/components/stats/filter-form";
import { OpenDataNote } from "@/components/stats/open-data-note";
import { listWijken } from "@/lib/reference/queries/reference";
import { pageReport } from "@/lib/stats/current";
import { filterQuery, parseStatsFilter, tablePageOf } from "@/lib/stats/filters";
import { pageMetadata } from "@/lib/reach/metadata";

// Per request: the public address comes from configuration at run time.
export const generateMetadata = (): Metadata =>
  pageMetadata({ title: "Cijfers", description: "Hoeveel bewoners doen mee? De cijfers van Burgers maken Hrl-Nrd, open voor iedereen.", path: "/cijfers" });

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function FiguresPage({ searchParams }: Props) {
  const filter = parseStatsFilter(await searchParams);
  // Null while a filter never asked for is counted for the first time: this page then says so
  // (the cache drops it as soon as the count is there).
  const report = await pageReport(filter, "publiek");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Cijfers</h1>
      <p>Hoeveel bewoners doen mee? Hier ziet u het. Alle cijfers zijn opgeteld. Na elke verandering tellen wij alles binnen een paar seconden opnieuw.</p>
      {report && <FiguresAge madeAt={report.madeAt} ageMs={report.ageMs} recounting={report.recounting} clock />}
      <p>
        Wij tonen nooit gegevens van één persoon. Gaat het om 1 tot 4 mensen? Dan ziet u &quot;&lt;5&quot;.
        Andere aantallen mensen ronden wij af op 5. Zo is niemand te herkennen, ook niet door cijfers af te trekken. Over
        participatietrajecten tonen wij alleen het totaal, afgerond op 10.
      </p>
      <FilterForm action="/cijfers" input={filter.input} wijken={listWijken()} collapsible />
      {report ? (
        <FiguresReport
          figures={report.figures}
          tables={report.tables}
          tableHref={tablePageOf("/cijfers", filter.input)}
        />
      ) : (
        <FiguresCounting href={`/cijfers${filterQuery(filter.input)}`} />
      )}
      <OpenDataNote />
    </div>
  );
}
