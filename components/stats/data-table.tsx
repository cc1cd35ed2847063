import { Pagination } from "@/components/ui/pagination";
import type { StatsTable } from "@/lib/stats/tables";

/**
 * The figures of a chart as an accessible table; long tables show their first rows, or one `page`
 * of them with links to the others. On a phone
 * each row is a stacked card ("Heksenberg · Initiatieven 2 · Steun online 6"), so nothing
 * scrolls sideways; the explicit roles keep it a table for screen readers when CSS stacks it.
 */
export function DataTable({
  table,
  maxRows = 60,
  page,
}: {
  table: StatsTable;
  maxRows?: number;
  page?: { number: number; size: number; hrefFor: (page: number) => string };
}) {
  const pages = page ? Math.max(1, Math.ceil(table.rows.length / page.size)) : 1;
  const first = page ? (Math.min(page.number, pages) - 1) * page.size : 0;
  const rows = table.rows.slice(first, first + (page?.size ?? maxRows));
  return (
    <div role="region" aria-label={`Tabel: ${table.title}`} className="sm:overflow-x-auto">
      <table role="table" className="block w-full border-collapse sm:table">
        <caption className="sr-only">{table.title}</caption>
        <thead role="rowgroup" className="sr-only sm:not-sr-only sm:table-header-group">
          <tr role="row" className="border-b-2 border-brand text-left">
            {table.columns.map((column, index) => (
              <th key={column.key} role="columnheader" scope="col" className={`p-2 ${index > 0 ? "text-right" : ""}`}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup" className="block space-y-2 sm:table-row-group sm:space-y-0">
          {rows.map((row, r) => (
            <tr key={r} role="row" className="stats-row">
              {table.columns.map((column, index) =>
                index === 0 ? (
                  <th key={column.key} role="rowheader" scope="row">
                    {row[column.key] ?? "–"}
                  </th>
                ) : (
                  <td key={column.key} role="cell" data-label={column.label}>
                    {row[column.key] ?? "–"}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {page && pages > 1 && (
        <>
          <p className="text-muted">
            Rij {first + 1} tot en met {first + rows.length} van {table.rows.length}. Alle rijen staan in het bestand voor Excel.
          </p>
          <Pagination page={Math.min(page.number, pages)} pages={pages} hrefFor={page.hrefFor} />
        </>
      )}
      {!page && table.rows.length > rows.length && (
        <p className="text-muted">
          Hier staan de eerste {rows.length} van {table.rows.length} rijen. Alle rijen staan in het bestand voor Excel.
        </p>
      )}
    </div>
  );
}
