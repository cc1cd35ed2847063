import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { MoneyFacts } from "@/components/funds/money-facts";
import { ResultSection } from "@/components/funds/result-section";
import { CommentSection } from "@/components/initiatives/comment-section";
import { InitiativeFacts } from "@/components/initiatives/initiative-facts";
import { InitiatorPanel } from "@/components/initiatives/initiator-panel";
import { OwnActivitiesPanel } from "@/components/activities/own-activities-panel";
import { organizableIdea } from "@/lib/activities/queries/organizer";
import { ReadAloudButton } from "@/components/ui/read-aloud-button";
import { ReportForm } from "@/components/initiatives/report-form";
import { StatusTimeline } from "@/components/initiatives/status-timeline";
import { SupportPanel } from "@/components/initiatives/support-panel";
import { PlacesSection } from "@/components/meedoen/places-section";
import { SharePanel } from "@/components/reach/share-panel";
import { FollowPanel } from "@/components/notifications/follow-panel";
import { UpdateForm } from "@/components/updates/update-form";
import { LinkButton } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { doneNote } from "@/lib/platform/forms/done-notes";
import { getInitiativeDetail, HIDDEN_NOTE } from "@/lib/initiatives/queries/detail";
import { SUPPORT_NOTES } from "@/lib/initiatives/done-notes";
import { FOLLOW_NOTES } from "@/lib/notifications/done-notes";
import { preferencesOf } from "@/lib/notifications/queries/preferences";
import { BUDGET_OPEN_STATUSES } from "@/lib/funds/fields";
import { getMoney, getResult, publicMoney } from "@/lib/funds/queries/funds";
import { parseId } from "@/lib/platform/params";
import { ideaShareText, initiativeUrl } from "@/lib/reach/links";
import { pageMetadata } from "@/lib/reach/metadata";
import { initiativePreviewFacts, previewVersion } from "@/lib/reach/preview";
import { updatesOf } from "@/lib/updates/queries/updates";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ bewaard?: string; reactie?: string; gemeld?: string; gelukt?: string }> };

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
  const idea = await load(params);
  if (!idea) return { title: "Initiatief" };
  const path = `/initiatieven/${idea.id}`;
  if (!idea.isPublic) return { title: idea.title, robots: { index: false } };
  const version = previewVersion(initiativePreviewFacts(idea));
  return pageMetadata({
    title: idea.title,
    description: idea.pitch,
    path,
    image: { url: `${initiativeUrl(idea.id)}/voorbeeld.png?v=${version}`, alt: `${idea.title}: idee voor ${idea.wijkName}` },
  });
}

export default async function InitiativePage({ params, searchParams }: Props) {
  const initiative = await load(params);
  if (!initiative) notFound();
  const { bewaard, reactie, gemeld, gelukt } = await searchParams;
  const user = await getCurrentUser();
  const saved = SAVED[bewaard ?? ""];
  const updates = updatesOf(initiative.id);
  const readAloud = [initiative.title, initiative.pitch, initiative.description].filter(Boolean).join(". ");
  const money = getMoney(initiative.id);
  const { isInitiator, isStaff } = initiative.viewer;
  const base = `/initiatieven/${initiative.id}`;
  const mayWriteResult = initiative.status === "gerealiseerd" && (isInitiator || isStaff);
  return (
    <article className="space-y-6">
      {saved && initiative.viewer.isInitiator && (
        <p role="status" className="rounded-lg border-2 border-brand bg-brand-light p-3 font-semibold">
          {saved}
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
      {isInitiator && user && (
        <OwnActivitiesPanel initiativeId={initiative.id} userId={user.id} mayCreate={organizableIdea(initiative.id, user.id) !== null} />
      )}
      {initiative.isPublic && (initiative.viewer.isInitiator || initiative.viewer.isStaff) && (
        <LinkButton href={`/initiatieven/${initiative.id}/poster`} variant="secondary">
          <Icon name="print" /> Maak een poster
        </LinkButton>
      )}
      {initiative.viewer.isStaff && (
        <LinkButton href={`/beheer/initiatieven/${initiative.id}`} variant="secondary">
          Beheer dit idee
        </LinkButton>
      )}
      {initiative.description && <p className="whitespace-pre-line break-words">{initiative.description}</p>}
      <ResultSection result={getResult(initiative.id)} note={initiative.result} title={initiative.title} editHref={mayWriteResult ? `${base}/resultaat` : null} />
      <InitiativeFacts initiative={initiative} />
      <MoneyFacts
        money={publicMoney(money)}
        own={isInitiator ? money.decisions : null}
        ownPages={{
          budget: isInitiator && (BUDGET_OPEN_STATUSES as readonly string[]).includes(initiative.status) ? `${base}/begroting` : null,
          spending: isInitiator && money.granted > 0 ? `${base}/geld` : null,
        }}
      />
      {initiative.isPublic && <SupportPanel initiative={initiative} note={doneNote(SUPPORT_NOTES, gelukt)} />}
      {initiative.isPublic && (
        <PlacesSection target={{ initiativeId: initiative.id }} offerHref={isInitiator || isStaff ? `/meedoen/nieuw?idee=${initiative.id}` : null} />
      )}
      <FollowPanel initiative={initiative} note={doneNote(FOLLOW_NOTES, gelukt)} mailChoice={user ? preferencesOf(user.id).followMails : "weekly"} />
      <section aria-labelledby="geschiedenis" className="space-y-3">
        <h2 id="geschiedenis" className="text-2xl font-bold">
          Wat is er gebeurd
        </h2>
        <StatusTimeline entries={initiative.timeline} updates={updates} moderate={initiative.viewer.isStaff ? { initiativeId: initiative.id } : undefined} />
        {initiative.isPublic && (initiative.viewer.isInitiator || initiative.viewer.isCoach) && (
          <section aria-labelledby="nieuws-plaatsen" className="space-y-3 rounded-xl border-2 border-gray-200 p-4">
            <h3 id="nieuws-plaatsen" className="text-xl font-bold">
              Vertel wat er nieuw is
            </h3>
            <UpdateForm key={updates.length} initiativeId={initiative.id} />
          </section>
        )}
      </section>
      {initiative.isPublic && (
        <SharePanel
          heading="Vertel het uw buren"
          url={initiativeUrl(initiative.id)}
          title={initiative.title}
          text={ideaShareText(initiative, initiativeUrl(initiative.id))}
        />
      )}
      {initiative.isPublic && <CommentSection initiative={initiative} postedId={parseId(reactie ?? "")} reportedHidden={gemeld === "reactie"} />}
      {initiative.isPublic && initiative.viewer.signedIn && !initiative.viewer.isInitiator && (
        <ReportForm initiativeId={initiative.id} what="dit idee" />
      )}
    </article>
  );
}
