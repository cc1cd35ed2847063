import type { StatsTable } from "@/lib/stats/tables";

/** The figures of a chart as an accessible table; long tables show their first rows. */
export function DataTable({ table, maxRows = 60 }: { table: StatsTable; maxRows?: number }) {
  const rows = table.rows.slice(0, maxRows);
  return (
    <div role="region" aria-label={`Tabel: ${table.title}`} tabIndex={0} className="overflow-x-auto">
      <table className="w-full border-collapse text-base">
        <caption className="sr-only">{table.title}</caption>
        <thead>
          <tr className="border-b-2 border-brand text-left">
            {table.columns.map((column, index) => (
              <th key={column.key} scope="col" className={`p-2 ${index > 0 ? "text-right" : ""}`}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r} className="border-b border-gray-300">
              {table.columns.map((column, index) =>
                index === 0 ? (
                  <th key={column.key} scope="row" className="p-2 text-left font-normal">
                    {row[column.key] ?? "–"}
                  </th>
                ) : (
                  <td key={column.key} className="p-2 text-right tabular-nums">
                    {row[column.key] ?? "–"}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {table.rows.length > rows.length && (
        <p className="text-base text-muted">
          Hier staan de eerste {rows.length} van {table.rows.length} rijen. Alle rijen staan in de CSV.
        </p>
      )}
    </div>
  );
}
