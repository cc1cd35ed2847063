import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Poster } from "@/components/reach/poster";
import { PosterHint } from "@/components/reach/poster-hint";
import { getFeedbackSurveyId, surveyUrl } from "@/lib/effect/queries/pages";
import { formatActivityTime } from "@/lib/platform/format";
import { loadStaffActivity } from "../staff-activity";

export const metadata: Metadata = { title: "QR-kaart: hoe was het?", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

/** A card or poster to hand out at the end: the shared link counts once per phone, like a project's vragenlijst. */
export default async function FeedbackCardPage({ params }: Props) {
  const { activity } = await loadStaffActivity(params, "/vragenkaart");
  if (activity.cancelled) notFound();
  const surveyId = getFeedbackSurveyId(activity.id);
  if (!surveyId) {
    return (
      <div className="space-y-4">
        <h1 className="text-3xl font-bold">QR-kaart: hoe was het?</h1>
        <p>De kaart is er vanaf een dag voor de activiteit. Kom dan terug.</p>
      </div>
    );
  }
  return (
    <>
      <PosterHint backHref={`/beheer/activiteiten/${activity.id}`} />
      <Poster
        kind="Na afloop"
        wijkName={activity.wijkName}
        title="Hoe was het?"
        pitch={`${activity.title}. Drie korte vragen, in een halve minuut. U hoeft niet in te loggen. Niemand ziet wat u antwoordt.`}
        photoUrl={null}
        facts={[{ label: "Wanneer", text: formatActivityTime(activity.startsAt, activity.endsAt) }]}
        call="Scan de code en zeg het ons. Dank u wel!"
        url={surveyUrl(surveyId)}
      />
    </>
  );
}
