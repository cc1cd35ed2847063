import type { Metadata } from "next";
import { ActivityList } from "@/components/activities/activity-list";
import { listUpcomingActivities } from "@/lib/activities/queries";

export const metadata: Metadata = { title: "Activiteiten" };

export default function ActivitiesPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Activiteiten</h1>
      <p>Kom ook! Hier staan de activiteiten in de buurt.</p>
      <ActivityList items={listUpcomingActivities(50)} />
    </div>
  );
}
