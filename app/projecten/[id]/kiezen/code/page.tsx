import type { Metadata } from "next";
import Link from "next/link";
import { VoteCodeForm } from "@/components/projects/vote-code-form";
import { LinkButton } from "@/components/ui/button";
import { pendingVote } from "@/lib/projects/vote-cookie";
import { pollOfPage } from "../poll-page";

export const metadata: Metadata = { title: "Code uit de sms" };

export default async function VoteCodePage({ params }: { params: Promise<{ id: string }> }) {
  const { project, poll } = await pollOfPage(params);
  const pending = await pendingVote(project.id);
  const chosen = poll.options.filter((option) => pending?.optionIds.includes(option.id)).map((option) => option.label);
  return (
    <div className="space-y-5">
      <h1 className="text-3xl font-bold">Typ de code uit de sms</h1>
      {pending && chosen.length > 0 ? (
        <>
          <p className="text-xl">
            U kiest: <strong>{chosen.join(", ")}</strong>.
          </p>
          <p>Wij stuurden een sms met een code van 6 cijfers. Typ die hieronder. Dan telt uw stem.</p>
          <VoteCodeForm projectId={project.id} />
          <p>
            Geen sms gekregen, of iets anders kiezen?{" "}
            <Link href={`/projecten/${project.id}/kiezen`} className="inline-flex min-h-11 items-center">
              Kies opnieuw
            </Link>
          </p>
        </>
      ) : (
        <>
          <p className="text-xl">Wij weten niet meer wat u koos. Misschien is het te lang geleden. Kies opnieuw.</p>
          <LinkButton href={`/projecten/${project.id}/kiezen`}>Kies opnieuw</LinkButton>
        </>
      )}
    </div>
  );
}
