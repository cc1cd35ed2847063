import type { Metadata } from "next";
import { PopulationForm } from "@/components/projects/population-form";
import { requirePagePermission } from "@/lib/platform/auth/guards";
import { listWijken } from "@/lib/reference/queries/reference";
import { populationFormValues } from "@/lib/surveys/queries/population";

export const metadata: Metadata = { title: "Inwoners per wijk" };

export default async function PopulationPage() {
  await requirePagePermission("project:create", "/beheer/projecten/inwoners");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Inwoners per wijk en leeftijd</h1>
      <p>Met deze aantallen ziet het projectteam naast de antwoorden hoeveel mensen er wonen. Zo ziet het team welke wijk of leeftijd het nog mist. Laat leeg wat u niet weet.</p>
      <PopulationForm wijken={listWijken()} initial={populationFormValues()} />
    </div>
  );
}
