import type { Metadata } from "next";
import { FiguresAge } from "@/components/stats/figures-age";
import { FiguresReport } from "@/components/stats/figures-report";
import { FilterForm } from "@/components/stats/filter-form";
import { OpenDataNote } from "@/components/stats/open-data-note";
import { listWijken } from "@/lib/reference/queries/reference";
import { currentReport } from "@/lib/stats/current";
import { filterQuery, parseStatsFilter } from "@/lib/stats/filters";
import { pageMetadata } from "@/lib/reach/metadata";

// Per request: the public address comes from configuration at run time.
export const generateMetadata = (): Metadata =>
  pageMetadata({ title: "Cijfers", description: "Hoeveel bewoners doen mee? De cijfers van Burgers maken Hrl-Nrd, open voor iedereen.", path: "/cijfers" });

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function FiguresPage({ searchParams }: Props) {
  const filter = parseStatsFilter(await searchParams);
  const { figures, tables, madeAt, ageMs, recounting } = await currentReport(filter, "publiek");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Cijfers</h1>
      <p>Hoeveel bewoners doen mee? Hier ziet u het. Alle cijfers zijn opgeteld. Na elke verandering tellen wij alles binnen een paar seconden opnieuw.</p>
      <FiguresAge madeAt={madeAt} ageMs={ageMs} recounting={recounting} clock />
      <p>
        Wij tonen nooit gegevens van één persoon. Gaat het om 1 tot 4 mensen? Dan ziet u &quot;&lt;5&quot;.
        Andere aantallen mensen ronden wij af op 5. Zo is niemand te herkennen, ook niet door cijfers af te trekken.
      </p>
      <FilterForm action="/cijfers" input={filter.input} wijken={listWijken()} collapsible />
      <FiguresReport
        figures={figures}
        tables={tables}
        csvHref={(table) => `/api/v1/stats.csv${filterQuery(filter.input, { tabel: table })}`}
      />
      <OpenDataNote />
    </div>
  );
}
