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
