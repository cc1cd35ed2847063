import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PaperForm } from "@/components/surveys/paper-form";
import { enterMonitorPaperAction } from "@/lib/effect/actions/monitor";
import { getMonitorSurveys } from "@/lib/effect/queries/pages";
import { requirePagePermission } from "@/lib/platform/auth/guards";
import { parseId } from "@/lib/platform/params";
import { getSurvey } from "@/lib/surveys/queries/pages";

export const metadata: Metadata = { title: "Buurtmonitor op papier" };

type Props = { params: Promise<{ jaar: string }>; searchParams: Promise<{ wijk?: string | string[] }> };

/** Choose the wijk of the paper form, then type it over; it counts as "op papier". */
export default async function MonitorPaperPage({ params, searchParams }: Props) {
  const raw = (await params).jaar;
  await requirePagePermission("monitor:enter-paper", `/beheer/buurtmonitor/${raw}/papier`);
  const year = parseId(raw);
  const surveys = year ? getMonitorSurveys(year) : [];
  if (!year || surveys.length === 0) notFound();
  const wijkParam = (await searchParams).wijk;
  const chosen = surveys.find((s) => String(s.wijkId) === (Array.isArray(wijkParam) ? wijkParam[0] : wijkParam));
  const survey = chosen ? getSurvey(chosen.surveyId) : null;
  return (
    <div className="space-y-5">
      <h1 className="text-3xl font-bold">Buurtmonitor {year} op papier</h1>
      <p>Typ één papieren formulier over en sla het op. Het telt mee als &quot;op papier&quot;. Namen of adressen op het papier typt u niet over.</p>
      <nav aria-label="Wijk van het formulier">
        <p className="font-bold">Uit welke wijk komt het formulier?</p>
        <ul className="flex flex-wrap gap-x-6">
          {surveys.map((s) => (
            <li key={s.wijkId}>
              <Link href={`/beheer/buurtmonitor/${year}/papier?wijk=${s.wijkId}`} aria-current={s === chosen ? "page" : undefined} className="inline-flex min-h-11 items-center aria-[current=page]:font-bold">
                {s.wijk}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {chosen && survey && (
        <section aria-labelledby="formulier" className="space-y-3">
          <h2 id="formulier" className="text-2xl font-bold">
            Formulier uit {chosen.wijk}
          </h2>
          <PaperForm action={enterMonitorPaperAction} hidden={{ year, wijkId: chosen.wijkId }} questions={survey.questions} />
        </section>
      )}
      <p>
        <Link href="/beheer/buurtmonitor" className="inline-flex min-h-11 items-center">
          Terug naar de buurtmonitor
        </Link>
      </p>
    </div>
  );
}
