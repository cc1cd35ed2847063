import type { Metadata } from "next";
import Link from "next/link";
import { FeedbackSummaryView } from "@/components/effect/feedback-summary";
import { ParticipationView, WijkTrendView } from "@/components/effect/monitor-trend";
import { getFeedbackOverview, getMonitorTrends } from "@/lib/effect/queries/pages";
import { FEEDBACK_MIN_ANSWERS, MONITOR_MIN_ANSWERS } from "@/lib/effect/fields";
import { requirePagePermission } from "@/lib/platform/auth/guards";
import { formatDate } from "@/lib/platform/format";

export const metadata: Metadata = { title: "Maakt het verschil?" };

/** Did it make a difference: the three questions after activities, and the buurtmonitor per wijk and year. */
export default async function EffectPage() {
  await requirePagePermission("dashboard:view", "/dashboard/effect");
  const feedback = getFeedbackOverview();
  const monitor = getMonitorTrends();
  const withResult = monitor.trends.filter((trend) => trend.years.some((year) => year.shown));
  const withoutResult = monitor.trends.filter((trend) => !withResult.includes(trend));
  return (
    <div className="space-y-8">
      <p>
        <Link href="/dashboard" className="inline-flex min-h-11 items-center">
          Terug naar het dashboard
        </Link>
      </p>
      <h1 className="text-3xl font-bold">Maakt het verschil?</h1>
      <p>
        Leren bewoners elkaar kennen? Vertrouwen ze elkaar meer? Hier ziet u wat bewoners zelf zeggen. Aantallen zijn afgerond op 5. Een activiteit toont pas iets vanaf {FEEDBACK_MIN_ANSWERS} antwoorden, een wijk in de
        buurtmonitor vanaf {MONITOR_MIN_ANSWERS}.
      </p>

      <section aria-labelledby="monitor" className="space-y-4">
        <h2 id="monitor" className="text-2xl font-bold">
          Buurtmonitor: vertrouwen per wijk
        </h2>
        <p>Eén keer per jaar. Het deel van de bewoners dat het eens is met &quot;Mensen in deze buurt zijn te vertrouwen&quot;, naast het eigen cijfer van het programma: 48%.</p>
        {monitor.trends.length === 0 && <p>Er is nog geen buurtmonitor geweest.</p>}
        {withResult.map((trend) => (
          <WijkTrendView key={trend.wijkId} trend={trend} />
        ))}
        {withoutResult.length > 0 && (
          <p>
            Nog geen uitkomst (in geen enkel jaar {MONITOR_MIN_ANSWERS} antwoorden of meer): {withoutResult.map((trend) => trend.wijk).join(", ")}.
          </p>
        )}
        {monitor.compare.length > 0 && <ParticipationView compare={monitor.compare} />}
      </section>

      <section aria-labelledby="reeksen" className="space-y-4">
        <h2 id="reeksen" className="text-2xl font-bold">
          Hoe was het? Per reeks
        </h2>
        {feedback.series.length === 0 && <p>Nog geen reeks met antwoorden.</p>}
        {feedback.series.map((series) => (
          <section key={series.id} aria-labelledby={`reeks-${series.id}`} className="space-y-2 rounded-xl border-2 border-gray-200 p-4">
            <h3 id={`reeks-${series.id}`} className="text-xl font-bold">
              {series.name}
            </h3>
            <FeedbackSummaryView summary={series.summary} />
          </section>
        ))}
      </section>

      <section aria-labelledby="activiteiten" className="space-y-4">
        <h2 id="activiteiten" className="text-2xl font-bold">
          Hoe was het? Per activiteit
        </h2>
        {feedback.recent.map((activity) => (
          <section key={activity.id} aria-labelledby={`activiteit-${activity.id}`} className="space-y-2 rounded-xl border-2 border-gray-200 p-4">
            <h3 id={`activiteit-${activity.id}`} className="text-xl font-bold">
              {activity.title}, {formatDate(activity.startsAt)}
            </h3>
            <FeedbackSummaryView summary={activity.summary} />
          </section>
        ))}
      </section>
    </div>
  );
}
