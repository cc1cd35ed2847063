import type { Metadata } from "next";
import { StartForm } from "@/components/trajectories/start-form";
import { requirePagePermission } from "@/lib/platform/auth/guards";
import { clientGroups } from "@/lib/settings/queries/settings";
import { localDay } from "@/lib/platform/time";

export const metadata: Metadata = { title: "Nieuw traject" };

/** The coach types the client's address or number: there is no list of residents to choose from. */
export default async function NewTrajectoryPage() {
  await requirePagePermission("trajectory:manage", "/coach/nieuw");
  return (
    <div className="space-y-5">
      <h1 className="text-3xl font-bold">Nieuw traject</h1>
      <p>Vul het e-mailadres of het 06-nummer van de deelnemer in. Lees daarna samen de tekst over toestemming.</p>
      <StartForm
        groups={clientGroups()}
        initial={{ email: "", phone: "", firstName: "", startsOn: localDay(new Date()), plannedEndOn: "", hoursPerWeek: "", kind: "", clientGroup: "", startStep: "", consent: false }}
      />
    </div>
  );
}
