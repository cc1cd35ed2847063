import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProposalForm } from "@/components/initiatives/proposal-form";
import { LinkButton } from "@/components/ui/button";
import { requirePageUser } from "@/lib/platform/auth/guards";
import { getOwnInitiative } from "@/lib/initiatives/queries/edit";
import { isEditableStatus } from "@/lib/initiatives/status";
import { parseId } from "@/lib/platform/params";
import { listThemes, listWijken } from "@/lib/reference/queries/reference";

export const metadata: Metadata = { title: "Idee aanpassen" };

export default async function EditInitiativePage({ params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  const user = await requirePageUser(`/initiatieven/${raw}/bewerken`);
  const id = parseId(raw);
  const initiative = id ? getOwnInitiative(id, user.id) : null;
  if (!initiative) notFound();
  if (!isEditableStatus(initiative.status)) {
    return (
      <div className="space-y-4">
        <h1 className="text-3xl font-bold">Aanpassen kan niet meer</h1>
        <p>Dit idee is al ingestuurd of staat op de website. Heeft u een vraag? Vraag het aan uw buurtwerker.</p>
        <LinkButton href={`/initiatieven/${initiative.id}`}>Terug naar uw idee</LinkButton>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Idee aanpassen</h1>
      <ProposalForm
        wijken={listWijken()}
        themes={listThemes()}
        initiativeId={initiative.id}
        initial={initiative.values}
        currentPhotoUrl={initiative.photoUrl}
        resubmit={initiative.status === "teruggestuurd"}
      />
    </div>
  );
}
