import type { StatsTable } from "@/lib/stats/tables";

const COLORS = ["#0b5d3b", "#b45309"];

/**
 * Horizontal bars in plain HTML: no chart library, no JavaScript on the phone. Every word and
 * number is text on the page's own white background (never inside an SVG or on a bar), so its
 * contrast can be checked; each bar has its number beside it.
 */
export function BarChart({ table }: { table: StatsTable }) {
  if (!table.chart) return null;
  const { labelKey, valueKeys } = table.chart;
  const numbers = table.rows.flatMap((row) => valueKeys.map((key) => (typeof row[key] === "number" ? (row[key] as number) : 0)));
  const max = Math.max(1, ...numbers);
  const legendLabels = valueKeys.map((key) => table.columns.find((c) => c.key === key)?.label ?? key);

  return (
    <figure className="max-w-xl space-y-2">
      <div role="img" aria-label={`Grafiek: ${table.title}. De cijfers staan ook in de tabel.`} className="space-y-2">
        {table.rows.map((row, index) => (
          <div key={index}>
            <p className="text-base leading-snug">{String(row[labelKey] ?? "")}</p>
            {valueKeys.map((key, k) => {
              const value = row[key];
              const fraction = typeof value === "number" ? value / max : 0;
              return (
                <div key={key} className="flex items-center gap-1">
                  <span
                    className="block h-4 shrink-0 rounded-sm"
                    style={{ width: `calc((100% - 4rem) * ${fraction})`, minWidth: 2, backgroundColor: COLORS[k % COLORS.length] }}
                  />
                  <span className="text-base leading-snug tabular-nums">{value === null ? "–" : String(value)}</span>
                </div>
              );
            })}
          </div>
        ))}
      </div>
      {valueKeys.length > 1 && (
        <figcaption className="flex flex-wrap gap-x-4 text-base">
          {legendLabels.map((label, k) => (
            <span key={label} className="flex items-center gap-1">
              <span className="block h-4 w-4 rounded-sm" style={{ backgroundColor: COLORS[k % COLORS.length] }} />
              {label}
            </span>
          ))}
        </figcaption>
      )}
    </figure>
  );
}
