import { KEY_PERIOD_MONTHS, type KeyFigure } from "@/lib/stats/queries/key-figures";

function changeText({ now, before, what }: NonNullable<KeyFigure["change"]>): string {
  const difference = now - before;
  const trend = difference > 0 ? `${difference} meer` : difference < 0 ? `${-difference} minder` : "evenveel";
  return `Laatste ${KEY_PERIOD_MONTHS} maanden: ${now} ${what}. Dat is ${trend} dan de ${KEY_PERIOD_MONTHS} maanden ervoor (${before}).`;
}

/** The key figures as big numbers with a short line each; a list of cards, one column on a phone. */
export function KeyFigures({ figures }: { figures: KeyFigure[] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2" aria-label="De belangrijkste cijfers">
      {figures.map((figure) => (
        <li key={figure.id} className="space-y-1 rounded-xl border-2 border-brand-light p-4">
          <p className="text-lg font-semibold">{figure.label}</p>
          <p className="text-4xl font-bold tabular-nums">{figure.value}</p>
          <p>{figure.note}</p>
          {figure.change && <p className="font-semibold">{changeText(figure.change)}</p>}
        </li>
      ))}
    </ul>
  );
}
