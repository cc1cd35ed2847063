import type { Metadata } from "next";
import { LinkButton } from "@/components/ui/button";
import { formatDay } from "@/lib/projects/dates";
import { pollOfPage } from "../poll-page";

export const metadata: Metadata = { title: "Dank u wel" };

export default async function VoteDonePage({ params }: { params: Promise<{ id: string }> }) {
  const { project } = await pollOfPage(params);
  const kiezen = project.phases.find((phase) => phase.phase === "kiezen")!;
  return (
    <div className="space-y-5">
      <h1 className="text-3xl font-bold">Dank u wel!</h1>
      <p className="text-xl">Uw stem is geteld. Niemand kan zien wat u koos.</p>
      <p>Na {formatDay(kiezen.endsOn)} staat de uitslag op de pagina van het project.</p>
      <LinkButton href={`/projecten/${project.id}`}>Naar het project</LinkButton>
    </div>
  );
}
