import { notFound } from "next/navigation";
import { FiguresAge, FiguresCounting } from "@/components/stats/figures-age";
import { FiguresTable, TableLinks } from "@/components/stats/figures-report";
import { FilterForm } from "@/components/stats/filter-form";
import { parseId } from "@/lib/platform/params";
import { listWijken } from "@/lib/reference/queries/reference";
import { pageReport } from "@/lib/stats/current";
import { filterQuery, parseStatsFilter, tablePageOf } from "@/lib/stats/filters";
import type { Audience } from "@/lib/stats/present";

/** Rows per page of a long table ("Per activiteit" has one per activity); the CSV has them all. */
const ROWS_PER_PAGE = 50;

type Props = {
  tabel: string;
  query: Record<string, string | string[] | undefined>;
  audience: Audience;
  /** The overview the table belongs to: /cijfers or /dashboard. */
  overview: string;
  /** Where a table is downloaded (with the filter and `tabel` as its query). */
  csvPath: string;
  /** The time of day instead of an age, for a page the cache keeps. */
  clock?: boolean;
};

/**
 * One table of the figures with its chart and download, on its own page (the overview sends none
 * of them). Same filters as the overview; long tables in pages of 50 rows.
 */
export async function FiguresTablePage({ tabel, query, audience, overview, csvPath, clock = false }: Props) {
  const filter = parseStatsFilter(query);
  const here = `${overview}/tabel/${encodeURIComponent(tabel)}`;
  const back = (
    <p>
      <a href={`${overview}${filterQuery(filter.input)}`} className="inline-flex min-h-11 items-center">
        Terug naar het overzicht
      </a>
    </p>
  );
  const report = await pageReport(filter, audience);
  if (!report) {
    return (
      <div className="space-y-6">
        {back}
        <h1 className="text-3xl font-bold">Cijfers</h1>
        <FiguresCounting href={`${here}${filterQuery(filter.input)}`} />
      </div>
    );
  }
  const table = report.tables.find((t) => t.id === tabel);
  if (!table) notFound();
  const pageParam = Array.isArray(query.pagina) ? query.pagina[0] : query.pagina;
  const hrefFor = (page: number) => `${here}${filterQuery(filter.input, page > 1 ? { pagina: String(page) } : {})}`;
  return (
    <div className="space-y-6">
      {back}
      <h1 className="text-3xl font-bold">{table.title}</h1>
      <FiguresAge madeAt={report.madeAt} ageMs={report.ageMs} recounting={report.recounting} clock={clock} />
      <FilterForm action={here} input={filter.input} wijken={listWijken()} collapsible />
      <div className="space-y-3">
        <FiguresTable
          table={table}
          csvHref={`${csvPath}${filterQuery(filter.input, { tabel: table.id })}`}
          page={{ number: parseId(pageParam ?? "") ?? 1, size: ROWS_PER_PAGE, hrefFor }}
        />
      </div>
      <nav aria-labelledby="andere-cijfers" className="space-y-3">
        <h2 id="andere-cijfers" className="text-2xl font-bold">
          Andere cijfers
        </h2>
        <TableLinks tables={report.tables.filter((t) => t.id !== table.id)} href={tablePageOf(overview, filter.input)} />
      </nav>
    </div>
  );
}
