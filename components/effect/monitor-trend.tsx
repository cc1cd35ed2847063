import type { ParticipationCompare, WijkTrend } from "@/lib/effect/queries/monitor";
import { MONITOR_MIN_ANSWERS } from "@/lib/effect/fields";
import { MONITOR_STATEMENTS, PROGRAMME_TRUST_PERCENT, TRUST_STATEMENT } from "@/lib/effect/questions";
import { peopleText } from "./feedback-summary";

/** A share as a bar, with the number in words above it. */
function ShareBar({ label, percent, note }: { label: string; percent: number; note?: string }) {
  return (
    <li className="space-y-1">
      <p>
        <span className="font-bold">{label}:</span> {percent}% vertrouwt andere buurtbewoners{note ? ` ${note}` : ""}
      </p>
      <span className="block h-5 rounded bg-gray-100" aria-hidden="true">
        <span className="block h-5 rounded bg-brand" style={{ width: `${percent}%` }} />
      </span>
    </li>
  );
}

/** One wijk over the years: trust as bars beside the programme's own 48%, how many answered beside how many live there. */
export function WijkTrendView({ trend }: { trend: WijkTrend }) {
  return (
    <section aria-labelledby={`wijk-${trend.wijkId}`} className="space-y-3 rounded-xl border-2 border-gray-200 p-4">
      <h3 id={`wijk-${trend.wijkId}`} className="text-xl font-bold">
        {trend.wijk}
      </h3>
      <ul className="space-y-3">
        <ShareBar label="Programma" percent={PROGRAMME_TRUST_PERCENT} note="(eigen cijfer van het programma, voor heel Heerlen-Noord)" />
        {trend.years.map((year) => {
          const trust = year.agree[TRUST_STATEMENT];
          return year.shown && trust != null ? (
            <ShareBar key={year.year} label={String(year.year)} percent={trust} />
          ) : (
            <li key={year.year}>
              <span className="font-bold">{year.year}:</span> {year.shown ? "geen uitkomst, te weinig mensen bij één van de antwoorden." : `geen uitkomst, minder dan ${MONITOR_MIN_ANSWERS} antwoorden.`}
            </li>
          );
        })}
      </ul>
      <ul className="space-y-1">
        {trend.years.map((year) => (
          <li key={year.year}>
            {year.year}: {peopleText(year.answered)} vulden de monitor in
            {trend.population ? ` (${trend.population.toLocaleString("nl-NL")} inwoners)` : ""}.
          </li>
        ))}
      </ul>
      <details>
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-bold">Alle zes uitspraken</summary>
        <table className="mt-2 w-full text-left">
          <caption className="sr-only">Deel dat het eens is, per uitspraak en jaar, in {trend.wijk}</caption>
          <thead>
            <tr>
              <th scope="col">Uitspraak (deel dat het eens is)</th>
              {trend.years.map((year) => (
                <th key={year.year} scope="col">
                  {year.year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {MONITOR_STATEMENTS.map((statement, i) => (
              <tr key={statement} className="border-t border-gray-200">
                <th scope="row" className="py-1 font-normal">
                  {statement}
                </th>
                {trend.years.map((year) => (
                  <td key={year.year}>{year.agree[i] == null ? "–" : `${year.agree[i]}%`}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

/** Took part in an activity or not: only in totals over all wijken, never per person. */
export function ParticipationView({ compare }: { compare: ParticipationCompare[] }) {
  const share = (value: number | null) => (value == null ? `geen uitkomst (minder dan ${MONITOR_MIN_ANSWERS})` : `${value}% vertrouwt anderen`);
  return (
    <table className="w-full text-left">
      <caption className="text-left font-bold">Meegedaan aan een activiteit of niet (alle wijken samen)</caption>
      <thead>
        <tr>
          <th scope="col">Jaar</th>
          <th scope="col">Deed mee</th>
          <th scope="col">Deed niet mee</th>
        </tr>
      </thead>
      <tbody>
        {compare.map((row) => (
          <tr key={row.year} className="border-t border-gray-200 align-top">
            <th scope="row">{row.year}</th>
            <td>
              {peopleText(row.took.answered)}: {share(row.took.trust)}
            </td>
            <td>
              {peopleText(row.didNot.answered)}: {share(row.didNot.trust)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
