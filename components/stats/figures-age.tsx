import { formatAgo, formatClockTime } from "@/lib/platform/format";

/**
 * How old the figures are: they are counted again in the background after every change, and the
 * page shows the last complete count. A page that visitors may get from the cache (/cijfers)
 * shows the time of day, which stays true however long the page is kept.
 */
export function FiguresAge({ madeAt, ageMs, recounting, clock = false }: { madeAt: number; ageMs: number; recounting: boolean; clock?: boolean }) {
  return (
    <p>
      <time dateTime={new Date(madeAt).toISOString()}>
        Bijgewerkt {clock ? `om ${formatClockTime(new Date(madeAt))} uur` : formatAgo(ageMs)}.
      </time>
      {recounting && " Er is net iets veranderd. Wij tellen nu opnieuw."}
    </p>
  );
}

/**
 * Instead of the figures, when a filter was never counted before and its first count takes longer
 * than a page may wait (lib/stats/current.ts): a link to the same address, no refresh by itself.
 */
export function FiguresCounting({ href }: { href: string }) {
  return (
    <div role="status" className="space-y-3 rounded-xl border-2 border-brand-light p-4">
      <p className="font-semibold">Wij tellen de cijfers nu; kijk zo nog eens.</p>
      <a href={href} className="inline-flex min-h-11 items-center">
        Kijk opnieuw
      </a>
    </div>
  );
}
