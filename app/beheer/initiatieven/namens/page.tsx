import type { Metadata } from "next";
import { OnBehalfForm } from "@/components/initiatives/on-behalf-form";
import { requirePagePermission } from "@/lib/platform/auth/guards";
import { listThemes, listWijken } from "@/lib/reference/queries/reference";

export const metadata: Metadata = { title: "Idee voor een bewoner" };

export default async function OnBehalfPage() {
  await requirePagePermission("initiative:act-on-behalf", "/beheer/initiatieven/namens");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Idee invoeren voor een bewoner</h1>
      <p>Heeft u een bewoner gesproken met een idee? Vul het hier samen in. Het idee komt meteen bij de ingestuurde ideeën.</p>
      <OnBehalfForm wijken={listWijken()} themes={listThemes()} />
    </div>
  );
}
