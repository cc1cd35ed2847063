import type { Metadata } from "next";
import type { ProposalValues } from "@/components/initiatives/proposal-fields";
import { ProposalForm } from "@/components/initiatives/proposal-form";
import { requirePageUser } from "@/lib/platform/auth/guards";
import { listFilterSchema } from "@/lib/initiatives/schema";
import { findSimilarIdeas } from "@/lib/initiatives/queries/similar";
import { listThemes, listWijken } from "@/lib/reference/queries/reference";

export const metadata: Metadata = { title: "Ik heb een idee" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * What was typed, when the form came back through "Bestaat uw idee al?" without JavaScript (a GET
 * of the form itself), so nothing typed is lost; null on a plain visit.
 */
function typedValues(query: Record<string, string | string[] | undefined>): ProposalValues | null {
  const text = (name: keyof ProposalValues) => {
    const value = query[name];
    return typeof value === "string" ? value : "";
  };
  if (query.title === undefined) return null;
  return {
    title: text("title"),
    pitch: text("pitch"),
    description: text("description"),
    wijkId: text("wijkId"),
    themeId: text("themeId"),
    needsHelp: text("needsHelp"),
    needsPlace: text("needsPlace"),
    needsMaterials: text("needsMaterials"),
    needsMoney: text("needsMoney"),
    moneyAmount: text("moneyAmount"),
    removePhoto: false,
  };
}

export default async function NewInitiativePage({ searchParams }: Props) {
  await requirePageUser("/initiatieven/nieuw");
  const typed = typedValues(await searchParams);
  const similar = typed ? findSimilarIdeas(listFilterSchema.shape.q.parse(typed.title)) : [];
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Ik heb een idee</h1>
      <p>Vertel ons uw idee voor de buurt. Een buurtwerker leest het en helpt u verder.</p>
      <p className="text-base text-muted">
        Eerst ziet alleen de buurtwerker uw idee. Pas als het op de website staat, zien buren de titel, de uitleg en uw naam op dit
        platform.
      </p>
      <ProposalForm wijken={listWijken()} themes={listThemes()} initial={typed ?? undefined} similar={similar} />
    </div>
  );
}
