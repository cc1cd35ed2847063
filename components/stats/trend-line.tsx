import type { PeopleCount } from "@/lib/stats/present";

// Narrower than the smallest chart box (about 290 px inside a fold-out at 360 px), so 16 px never shrinks.
const WIDTH = 280;
const HEIGHT = 150;
const TOP = 24;
const BOTTOM = 28;
const FONT = 16;
const monthName = new Intl.DateTimeFormat("nl-NL", { month: "short", timeZone: "UTC" });

/**
 * Twelve months as one line, drawn on the server as SVG (no JavaScript). A month shown as "<5"
 * breaks the line. Labels are 16 px at a phone's width; the numbers are in the table below.
 */
export function TrendLine({ title, months }: { title: string; months: { month: string; value: PeopleCount }[] }) {
  const numbers = months.map((m) => (typeof m.value === "number" ? m.value : null));
  const max = Math.max(1, ...numbers.map((n) => n ?? 0));
  const x = (i: number) => 8 + (i * (WIDTH - 16)) / Math.max(1, months.length - 1);
  const y = (n: number) => TOP + (1 - n / max) * (HEIGHT - TOP - BOTTOM);
  const segments: string[][] = [[]];
  numbers.forEach((n, i) => (n === null ? segments.push([]) : segments.at(-1)!.push(`${x(i)},${y(n)}`)));
  const label = (i: number) => monthName.format(new Date(`${months[i]!.month}-01T00:00:00Z`));
  const last = numbers.at(-1);
  return (
    <figure className="space-y-1">
      <figcaption className="font-semibold">{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="w-full max-w-xl" role="img" aria-label={`Lijn: ${title}, per maand. De cijfers staan ook in de tabel.`}>
        <line x1={0} y1={HEIGHT - BOTTOM} x2={WIDTH} y2={HEIGHT - BOTTOM} stroke="#4a4a4a" />
        {segments
          .filter((points) => points.length > 0)
          .map((points, i) => (
            <polyline key={i} points={points.join(" ")} fill="none" stroke="#0b5d3b" strokeWidth={3} strokeLinejoin="round" />
          ))}
        <text x={0} y={FONT} fontSize={FONT} fill="#1a1a1a">
          hoogste: {max}
        </text>
        {last !== null && last !== undefined && (
          <text x={WIDTH} y={FONT} fontSize={FONT} fill="#1a1a1a" textAnchor="end">
            nu: {last}
          </text>
        )}
        {[0, months.length - 1].map((i) => (
          <text key={i} x={i === 0 ? 0 : WIDTH} y={HEIGHT - 6} fontSize={FONT} fill="#1a1a1a" textAnchor={i === 0 ? "start" : "end"}>
            {label(i)}
          </text>
        ))}
      </svg>
    </figure>
  );
}
