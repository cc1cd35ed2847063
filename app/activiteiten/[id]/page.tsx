import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getActivity } from "@/lib/activities/queries";
import { formatActivityTime, placesLeftText } from "@/lib/format";
import { parseId } from "@/lib/params";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseId((await params).id);
  return { title: (id && getActivity(id)?.title) || "Activiteit" };
}

export default async function ActivityPage({ params }: Props) {
  const id = parseId((await params).id);
  const activity = id ? getActivity(id) : null;
  if (!activity) notFound();
  return (
    <article className="space-y-4">
      <h1 className="text-3xl font-bold">{activity.title}</h1>
      {activity.cancelled && <p className="font-bold text-danger">Deze activiteit gaat niet door.</p>}
      <p>{formatActivityTime(activity.startsAt, activity.endsAt)}</p>
      <p>
        {activity.address}, {activity.wijkName}
      </p>
      <p className="whitespace-pre-line">{activity.description}</p>
      <p className="font-semibold">{placesLeftText(activity.places, activity.placesTaken)}</p>
    </article>
  );
}
