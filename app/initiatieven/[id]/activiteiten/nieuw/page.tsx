import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IdeaSubpage } from "@/components/funds/idea-subpage";
import { OwnActivityForm } from "@/components/activities/own-activity-form";
import { goesLiveAtOnce, organizableIdea } from "@/lib/activities/queries/organizer";
import { requirePageUser } from "@/lib/platform/auth/guards";
import { parseId } from "@/lib/platform/params";

export const metadata: Metadata = { title: "Activiteit maken", robots: { index: false } };

/** The initiator of a published idea makes an activity for it: a clean-up, a first meeting, a BBQ. */
export default async function NewOwnActivityPage({ params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  const user = await requirePageUser(`/initiatieven/${raw}/activiteiten/nieuw`);
  const id = parseId(raw);
  const initiative = id ? organizableIdea(id, user.id) : null;
  if (!initiative) notFound();
  return (
    <IdeaSubpage id={initiative.id} heading="Organiseer een activiteit">
      <p>
        Voor uw idee <strong>{initiative.title}</strong>. Buren kunnen zich aanmelden op de website, met een e-mailadres of een mobiel nummer. Zij krijgen
        vanzelf een herinnering.
      </p>
      <p>
        {goesLiveAtOnce(user.id)
          ? "Uw activiteit staat meteen op de website. Uw buurtwerker krijgt een bericht."
          : "Dit is uw eerste activiteit. Een buurtwerker kijkt er eerst naar. Zegt de buurtwerker ja? Dan staat hij op de website. U krijgt een mail."}
      </p>
      <OwnActivityForm initiativeId={initiative.id} />
    </IdeaSubpage>
  );
}
