import type { Metadata } from "next";
import Link from "next/link";
import { LinkButton } from "@/components/ui/button";
import { currentMonitor, monitorUrl } from "@/lib/effect/queries/pages";
import { formatDate } from "@/lib/platform/format";
import { whatsappUrl } from "@/lib/reach/links";

export const metadata: Metadata = { title: "Buurtmonitor" };

const DAY_MS = 24 * 60 * 60 * 1000;

/** The yearly buurtmonitor for residents: choose your wijk, then seven short questions; a WhatsApp text to pass it on. */
export default function MonitorPage() {
  const round = currentMonitor();
  const share = round ? `Hoe is het in onze buurt? Vul de buurtmonitor ${round.year} in: zeven korte vragen, anoniem. ${monitorUrl()}` : "";
  return (
    <div className="space-y-5">
      <h1 className="text-3xl font-bold">Buurtmonitor: hoe is het in uw buurt?</h1>
      <p className="text-xl">Eén keer per jaar vragen wij hoe het gaat in de buurt. Kent u uw buren? Vertrouwt u elkaar? Het zijn zeven korte vragen. U hoeft niet in te loggen. Niemand ziet wat u antwoordt.</p>
      {!round || round.state !== "open" ? (
        <p className="rounded-lg border-2 border-brand bg-brand-light p-3 font-semibold">
          {round ? `De buurtmonitor ${round.year} begint op ${formatDate(round.opensAt)}.` : "De buurtmonitor is nu niet open. Kom later terug."}
        </p>
      ) : (
        <>
          <p>Open tot en met {formatDate(new Date(round.closesAt.getTime() - DAY_MS))}. In welke wijk woont u?</p>
          <ul className="grid gap-3">
            {round.surveys.map((survey) => (
              <li key={survey.wijkId}>
                <LinkButton href={`/vragen/${survey.surveyId}`}>{survey.wijk}</LinkButton>
              </li>
            ))}
          </ul>
          <p>
            <a href={whatsappUrl(share)} className="inline-flex min-h-11 items-center" rel="noopener noreferrer">
              Stuur door via WhatsApp
            </a>
          </p>
        </>
      )}
      {round && (
        <section aria-labelledby="posters" className="space-y-2">
          <h2 id="posters" className="text-2xl font-bold">
            Posters per wijk
          </h2>
          <ul className="flex flex-wrap gap-x-6">
            {round.surveys.map((survey) => (
              <li key={survey.wijkId}>
                <Link href={`/buurtmonitor/poster/${survey.wijkId}`} className="inline-flex min-h-11 items-center">
                  Poster {survey.wijk}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
