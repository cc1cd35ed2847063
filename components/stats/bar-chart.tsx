import type { StatsTable } from "@/lib/stats/tables";

const COLORS = ["#0b5d3b", "#b45309"];
// Narrower than the smallest chart box (about 290 px inside a fold-out at 360 px), so 16 px never shrinks.
const WIDTH = 280;
const BAR = 16;
const GAP = 6;
const LABEL = 22;
const VALUE_SPACE = 52;
const FONT = 16;

/** Horizontal bars drawn on the server as SVG: no chart library, no JavaScript on the phone. */
export function BarChart({ table }: { table: StatsTable }) {
  if (!table.chart) return null;
  const { labelKey, valueKeys } = table.chart;
  const numbers = table.rows.flatMap((row) => valueKeys.map((key) => (typeof row[key] === "number" ? (row[key] as number) : 0)));
  const max = Math.max(1, ...numbers);
  const rowHeight = LABEL + valueKeys.length * (BAR + 2) + GAP;
  const height = table.rows.length * rowHeight + (valueKeys.length > 1 ? 24 : 0);
  const legendLabels = valueKeys.map((key) => table.columns.find((c) => c.key === key)?.label ?? key);

  return (
    <figure className="space-y-1">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="w-full max-w-xl"
        role="img"
        aria-label={`Grafiek: ${table.title}. De cijfers staan ook in de tabel.`}
      >
        {table.rows.map((row, index) => {
          const y = index * rowHeight;
          return (
            <g key={index}>
              <text x={0} y={y + 17} fontSize={FONT} fill="#1a1a1a">
                {String(row[labelKey] ?? "")}
              </text>
              {valueKeys.map((key, k) => {
                const value = row[key];
                const width = typeof value === "number" ? (value / max) * (WIDTH - VALUE_SPACE) : 0;
                const barY = y + LABEL + k * (BAR + 2);
                return (
                  <g key={key}>
                    <rect x={0} y={barY} width={Math.max(width, 2)} height={BAR} rx={3} fill={COLORS[k % COLORS.length]} />
                    <text x={Math.max(width, 2) + 4} y={barY + BAR - 2} fontSize={FONT} fill="#1a1a1a">
                      {value === null ? "–" : String(value)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
        {valueKeys.length > 1 &&
          legendLabels.map((label, k) => (
            <g key={label} transform={`translate(${k * 150}, ${height - 18})`}>
              <rect width={16} height={16} rx={3} fill={COLORS[k % COLORS.length]} />
              <text x={22} y={14} fontSize={FONT} fill="#1a1a1a">
                {label}
              </text>
            </g>
          ))}
      </svg>
    </figure>
  );
}
