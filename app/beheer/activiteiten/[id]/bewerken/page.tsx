import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActivityForm } from "@/components/activities/activity-form";
import { listSeries } from "@/lib/activities/queries/activities";
import { getActivityFormValues, listInitiativeOptions } from "@/lib/activities/queries/staff";
import { requirePagePermission } from "@/lib/platform/auth/guards";
import { parseId } from "@/lib/platform/params";
import { listWijken } from "@/lib/reference/queries/reference";

export const metadata: Metadata = { title: "Activiteit wijzigen" };

type Props = { params: Promise<{ id: string }> };

export default async function EditActivityPage({ params }: Props) {
  const raw = (await params).id;
  await requirePagePermission("activity:manage", `/beheer/activiteiten/${raw}/bewerken`);
  const id = parseId(raw);
  const values = id ? getActivityFormValues(id) : null;
  if (!id || !values) notFound();
  const { cancelled, ...initial } = values;
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Activiteit wijzigen</h1>
      <p>
        <Link href={`/beheer/activiteiten/${id}`} className="inline-flex min-h-11 items-center">
          Terug naar de lijst van deze activiteit
        </Link>
      </p>
      {cancelled ? (
        <p>Deze activiteit is afgelast. U kunt haar niet meer wijzigen.</p>
      ) : (
        <>
          <p>Meer plekken? Dan krijgen mensen op de wachtlijst vanzelf een plek en een mail.</p>
          <ActivityForm
            activityId={id}
            initial={initial}
            wijken={listWijken()}
            series={listSeries()}
            initiatives={listInitiativeOptions()}
            submitLabel="Wijzigingen opslaan"
          />
        </>
      )}
    </div>
  );
}
