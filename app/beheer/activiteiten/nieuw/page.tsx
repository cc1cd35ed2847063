import type { Metadata } from "next";
import { ActivityForm } from "@/components/activities/activity-form";
import { listSeries } from "@/lib/activities/queries/activities";
import { DEFAULT_MAX_PARTY_SIZE } from "@/lib/activities/fields";
import { listInitiativeOptions } from "@/lib/activities/queries/staff";
import { requirePagePermission } from "@/lib/platform/auth/guards";
import { listWijken } from "@/lib/reference/queries/reference";

export const metadata: Metadata = { title: "Nieuwe activiteit" };

const EMPTY = {
  title: "",
  description: "",
  wijkId: "",
  address: "",
  startsAt: "",
  endsAt: "",
  signupDeadline: "",
  places: "",
  maxPartySize: String(DEFAULT_MAX_PARTY_SIZE),
  seriesId: "",
  initiativeId: "",
};

export default async function NewActivityPage() {
  await requirePagePermission("activity:manage", "/beheer/activiteiten/nieuw");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Nieuwe activiteit</h1>
      <ActivityForm
        initial={EMPTY}
        wijken={listWijken()}
        series={listSeries()}
        initiatives={listInitiativeOptions()}
        submitLabel="Activiteit opslaan"
      />
    </div>
  );
}
