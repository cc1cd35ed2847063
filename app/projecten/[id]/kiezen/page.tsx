import type { Metadata } from "next";
import { VoteForm } from "@/components/projects/vote-form";
import { LinkButton } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { formatDay } from "@/lib/projects/dates";
import { pollOfPage } from "./poll-page";

export const metadata: Metadata = { title: "Kies mee" };

export default async function VotePage({ params }: { params: Promise<{ id: string }> }) {
  const { project, poll } = await pollOfPage(params);
  const user = await getCurrentUser();
  const kiezen = project.phases.find((phase) => phase.phase === "kiezen")!;
  return (
    <div className="space-y-5">
      <h1 className="text-3xl font-bold">Kies mee: {project.title}</h1>
      {poll.stand === "open" ? (
        <>
          <p>
            Kiezen kan tot en met {formatDay(kiezen.endsOn)}. {user ? "U stemt met uw account." : "U heeft geen account nodig: u krijgt een code per sms."} Iedereen kiest één keer.
          </p>
          <VoteForm projectId={project.id} question={poll.question} maxChoices={poll.maxChoices} options={poll.options} signedIn={!!user} />
        </>
      ) : (
        <>
          <p className="text-xl">
            {poll.stand === "komt" ? `Kiezen kan vanaf ${formatDay(kiezen.startsOn)}.` : "Kiezen kan niet meer. De uitslag staat op de pagina van het project."}
          </p>
          <LinkButton href={`/projecten/${project.id}`}>Naar het project</LinkButton>
        </>
      )}
    </div>
  );
}
