import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Poster } from "@/components/reach/poster";
import { PosterHint } from "@/components/reach/poster-hint";
import { getInitiativeDetail } from "@/lib/initiatives/queries/detail";
import { parseId } from "@/lib/platform/params";
import { initiativeUrl } from "@/lib/reach/links";

type Props = { params: Promise<{ id: string }> };

// Only a published idea gets a poster: its QR code must lead to a page everyone can open.
const publicIdea = cache((id: number) => getInitiativeDetail(id, null));

async function load(params: Props["params"]) {
  const id = parseId((await params).id);
  return id ? publicIdea(id) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const idea = await load(params);
  return { title: idea ? `Poster: ${idea.title}` : "Poster", robots: { index: false } };
}

function callOf(support: number, threshold: number, seeking: boolean): string {
  if (!seeking) return "Kijk hoe het gaat en help mee!";
  const needed = threshold - support;
  if (needed <= 0) return `Al ${support} mensen steunen dit idee. Steun het ook!`;
  return needed === 1 ? "Steun dit idee! Er is nog 1 persoon nodig." : `Steun dit idee! Er zijn nog ${needed} mensen nodig.`;
}

export default async function InitiativePosterPage({ params }: Props) {
  const idea = await load(params);
  if (!idea) notFound();
  return (
    <>
      <PosterHint backHref={`/initiatieven/${idea.id}`} />
      <Poster
        kind="Idee"
        wijkName={idea.wijkName}
        title={idea.title}
        pitch={idea.pitch}
        photoUrl={idea.photoUrl}
        facts={[]}
        call={callOf(idea.backingCount + idea.paperCount, idea.threshold, idea.status === "zoekt_steun")}
        url={initiativeUrl(idea.id)}
      />
    </>
  );
}
