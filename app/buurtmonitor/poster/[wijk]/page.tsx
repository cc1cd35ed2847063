import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Poster } from "@/components/reach/poster";
import { PosterHint } from "@/components/reach/poster-hint";
import { currentMonitor, surveyUrl } from "@/lib/effect/queries/pages";
import { formatDate } from "@/lib/platform/format";
import { parseId } from "@/lib/platform/params";

export const metadata: Metadata = { title: "Poster buurtmonitor", robots: { index: false } };

const DAY_MS = 24 * 60 * 60 * 1000;

/** One wijk's poster: its QR code opens that wijk's monitor, so the wijk need not be asked. */
export default async function MonitorPosterPage({ params }: { params: Promise<{ wijk: string }> }) {
  const wijkId = parseId((await params).wijk);
  const round = currentMonitor();
  const survey = round?.surveys.find((s) => s.wijkId === wijkId);
  if (!round || !survey) notFound();
  return (
    <>
      <PosterHint backHref="/buurtmonitor" />
      <Poster
        kind="Buurtmonitor"
        wijkName={survey.wijk}
        title={`Hoe is het in ${survey.wijk}?`}
        pitch="Kent u uw buren? Vertrouwt u elkaar? Zeven korte vragen. U hoeft niet in te loggen. Niemand ziet wat u antwoordt."
        photoUrl={null}
        facts={[{ label: "Invullen kan", text: `van ${formatDate(round.opensAt)} tot en met ${formatDate(new Date(round.closesAt.getTime() - DAY_MS))}` }]}
        call="Doe mee: scan de code met uw telefoon."
        url={surveyUrl(survey.surveyId)}
      />
    </>
  );
}
