import type { Metadata } from "next";
import { ProposalForm } from "@/components/initiatives/proposal-form";
import { requirePageUser } from "@/lib/auth/guards";
import { listThemes, listWijken } from "@/lib/reference/queries";

export const metadata: Metadata = { title: "Ik heb een idee" };

export default async function NewInitiativePage() {
  await requirePageUser("/initiatieven/nieuw");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Ik heb een idee</h1>
      <p>Vertel ons uw idee voor de buurt. Een buurtwerker leest het en helpt u verder.</p>
      <p className="text-base text-muted">
        Eerst ziet alleen de buurtwerker uw idee. Pas als het online staat, zien buren de titel, de uitleg en uw naam op dit
        platform.
      </p>
      <ProposalForm wijken={listWijken()} themes={listThemes()} />
    </div>
  );
}
