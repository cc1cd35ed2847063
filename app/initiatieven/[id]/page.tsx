import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CommentSection } from "@/components/initiatives/comment-section";
import { InitiativeFacts } from "@/components/initiatives/initiative-facts";
import { InitiatorPanel } from "@/components/initiatives/initiator-panel";
import { ReadAloudButton } from "@/components/ui/read-aloud-button";
import { ReportForm } from "@/components/initiatives/report-form";
import { StatusTimeline } from "@/components/initiatives/status-timeline";
import { SupportPanel } from "@/components/initiatives/support-panel";
import { LinkButton } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/auth/session";
import { getInitiativeDetail, HIDDEN_NOTE } from "@/lib/initiatives/detail-queries";
import { parseId } from "@/lib/params";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ bewaard?: string; gemeld?: string }> };

const SAVED: Record<string, string> = {
  concept: "Uw idee is bewaard als concept. Alleen u ziet het.",
  ingestuurd: "Dank u wel! Uw idee is ingestuurd. Een buurtwerker leest het.",
  ingetrokken: "Uw idee is ingetrokken.",
};

// Metadata and page share one read per request.
const detailFor = cache(getInitiativeDetail);

async function load(params: Props["params"]) {
  const id = parseId((await params).id);
  const user = await getCurrentUser();
  return id ? detailFor(id, user) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load(params))?.title ?? "Initiatief" };
}

export default async function InitiativePage({ params, searchParams }: Props) {
  const initiative = await load(params);
  if (!initiative) notFound();
  const { bewaard, gemeld } = await searchParams;
  const saved = SAVED[bewaard ?? ""];
  const readAloud = [initiative.title, initiative.pitch, initiative.description].filter(Boolean).join(". ");
  return (
    <article className="space-y-6">
      {saved && initiative.viewer.isInitiator && (
        <p role="status" className="rounded-lg border-2 border-brand bg-brand-light p-3 font-semibold">
          {saved}
        </p>
      )}
      {gemeld === "reactie" && initiative.viewer.signedIn && (
        <p role="status" className="rounded-lg border-2 border-brand bg-brand-light p-3 font-semibold">
          Dank u wel voor uw melding. De reactie is nu verborgen tot een buurtwerker ernaar kijkt.
        </p>
      )}
      {initiative.hidden && (
        <p className="rounded-lg border-2 border-danger bg-red-50 p-3 font-semibold text-danger">
          {HIDDEN_NOTE}
        </p>
      )}
      <header className="space-y-3">
        <h1 className="text-3xl font-bold break-words">{initiative.title}</h1>
        <p className="text-xl break-words">{initiative.pitch}</p>
        <ReadAloudButton text={readAloud} />
      </header>
      {initiative.photoUrl && (
        // eslint-disable-next-line @next/next/no-img-element -- a small stored WebP, no optimiser needed
        <img src={initiative.photoUrl} alt={`Foto bij het idee: ${initiative.title}`} className="w-full rounded-xl" width={1200} height={900} />
      )}
      {initiative.viewer.isInitiator && <InitiatorPanel initiative={initiative} />}
      {initiative.viewer.isStaff && (
        <LinkButton href={`/beheer/initiatieven/${initiative.id}`} variant="secondary">
          Beheer dit idee
        </LinkButton>
      )}
      {initiative.description && <p className="whitespace-pre-line break-words">{initiative.description}</p>}
      {initiative.result && (
        <p className="rounded-xl bg-brand-light p-4">
          <strong>Wat is er bereikt:</strong> {initiative.result}
        </p>
      )}
      <InitiativeFacts initiative={initiative} />
      {initiative.isPublic && <SupportPanel initiative={initiative} />}
      <section aria-labelledby="geschiedenis" className="space-y-3">
        <h2 id="geschiedenis" className="text-2xl font-bold">
          Wat is er gebeurd
        </h2>
        <StatusTimeline entries={initiative.timeline} />
      </section>
      {initiative.isPublic && <CommentSection initiative={initiative} />}
      {initiative.isPublic && initiative.viewer.signedIn && !initiative.viewer.isInitiator && (
        <ReportForm initiativeId={initiative.id} what="dit idee" />
      )}
    </article>
  );
}
