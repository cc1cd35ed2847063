import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Poster } from "@/components/reach/poster";
import { PosterHint } from "@/components/reach/poster-hint";
import { getShownActivity } from "@/lib/activities/queries/activities";
import { formatActivityTime, placesLeftText } from "@/lib/platform/format";
import { parseId } from "@/lib/platform/params";
import { activityUrl } from "@/lib/reach/links";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Poster", robots: { index: false } };

export default async function ActivityPosterPage({ params }: Props) {
  const id = parseId((await params).id);
  const activity = id ? getShownActivity(id) : null;
  // A cancelled activity gets no new posters.
  if (!activity || activity.cancelled) notFound();
  const full = activity.placesTaken >= activity.places;
  return (
    <>
      <PosterHint backHref={`/activiteiten/${activity.id}`} />
      <Poster
        kind="Activiteit"
        wijkName={activity.wijkName}
        title={activity.title}
        pitch={activity.description.split("\n")[0]!.slice(0, 200)}
        photoUrl={null}
        facts={[
          { label: "Wanneer", text: formatActivityTime(activity.startsAt, activity.endsAt) },
          { label: "Waar", text: `${activity.address}, ${activity.wijkName}` },
        ]}
        call={`${full ? "Vol? Meld u aan voor de wachtlijst" : `${placesLeftText(activity.places, activity.placesTaken)}. Meld u aan`}. Meedoen is gratis.`}
        url={activityUrl(activity.id)}
      />
    </>
  );
}
