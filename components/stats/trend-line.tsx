import type { PeopleCount } from "@/lib/stats/present";

const WIDTH = 280;
const HEIGHT = 110;
const TOP = 6;
const BOTTOM = 6;
const monthName = new Intl.DateTimeFormat("nl-NL", { month: "short", timeZone: "UTC" });

/**
 * Twelve months as one line, drawn on the server as SVG (no JavaScript). A month shown as "<5"
 * breaks the line. The labels are HTML text above and below it on the page's own background, so
 * their contrast can be checked (axe cannot inside an SVG); the numbers are in the table below.
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
      <p className="flex max-w-xl justify-between gap-2 text-base">
        <span>hoogste: {max}</span>
        {last !== null && last !== undefined && <span>nu: {last}</span>}
      </p>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="w-full max-w-xl" role="img" aria-label={`Lijn: ${title}, per maand. De cijfers staan ook in de tabel.`}>
        <line x1={0} y1={HEIGHT - BOTTOM} x2={WIDTH} y2={HEIGHT - BOTTOM} stroke="#4a4a4a" />
        {segments
          .filter((points) => points.length > 0)
          .map((points, i) => (
            <polyline key={i} points={points.join(" ")} fill="none" stroke="#0b5d3b" strokeWidth={3} strokeLinejoin="round" />
          ))}
      </svg>
      <p className="flex max-w-xl justify-between gap-2 text-base">
        <span>{label(0)}</span>
        <span>{label(months.length - 1)}</span>
      </p>
    </figure>
  );
}
