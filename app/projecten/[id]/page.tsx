import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ContactForm } from "@/components/projects/contact-form";
import { FeedbackList } from "@/components/projects/feedback-list";
import { FollowProject } from "@/components/projects/follow-project";
import { PhaseTimeline } from "@/components/projects/phase-timeline";
import { ResultBars } from "@/components/projects/result-bars";
import { LinkButton } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { ReadAloudButton } from "@/components/ui/read-aloud-button";
import { can } from "@/lib/platform/auth/permissions";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { formatActivityTime } from "@/lib/platform/format";
import { parseId } from "@/lib/platform/params";
import { PHASE_LABELS } from "@/lib/projects/fields";
import { getProject, isFollowing, type ProjectDetail } from "@/lib/projects/queries/projects";
import { pageMetadata } from "@/lib/reach/metadata";
import { siteUrl } from "@/lib/platform/site-url";
import { getPoll, pollResult } from "@/lib/projects/queries/poll";
import { resultsOf } from "@/lib/surveys/queries/pages";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseId((await params).id);
  const project = id ? getProject(id) : null;
  if (!project) return { title: "Project" };
  const image = project.image ? { url: `${siteUrl()}/projecten/foto/${project.image}`, alt: project.imageAlt, type: "image/webp" as const } : undefined;
  return pageMetadata({ title: project.title, description: project.summary, path: `/projecten/${project.id}`, image });
}

/** What residents are asked now, in the words of the current phase. */
function askedNow(project: ProjectDetail): string {
  if (project.stand.kind === "komt") return "Het project begint binnenkort. Volg het, dan hoort u wanneer u mee kunt praten.";
  if (project.stand.kind === "klaar") return "Dit project is afgerond. Hieronder leest u wat er met de mening van bewoners is gedaan.";
  const phase = project.stand.phase;
  return project.phases.find((p) => p.phase === phase)?.ask || `Het project is in de fase ${PHASE_LABELS[phase]}.`;
}

export default async function ProjectPage({ params }: Props) {
  const id = parseId((await params).id);
  const project = id ? getProject(id) : null;
  if (!project) notFound();
  const user = await getCurrentUser();
  const survey = project.survey;
  const results = survey?.state === "gesloten" ? resultsOf(survey) : [];
  const asked = askedNow(project);
  const poll = getPoll(project.id);
  const votable = poll?.stand === "open" && poll.options.length > 0;
  return (
    <article className="space-y-6">
      <h1 className="text-3xl font-bold">{project.title}</h1>
      {can(user?.role, "project:manage") && (
        <p>
          <Link href={`/beheer/projecten/${project.id}`} className="inline-flex min-h-11 items-center">
            Beheer van dit project
          </Link>
        </p>
      )}
      {can(user?.role, "survey:enter-paper") && survey && (
        <p>
          <Link href={`/beheer/projecten/${project.id}/papier`} className="inline-flex min-h-11 items-center">
            Papieren antwoorden invoeren
          </Link>
        </p>
      )}
      <p className="flex gap-2">
        <Icon name="place" className="mt-1 h-6 w-6 shrink-0" />
        <span>
          <strong>Wijk:</strong> {project.wijken.join(", ")}
        </span>
      </p>
      {project.image && (
        // eslint-disable-next-line @next/next/no-img-element -- a stored photo, served as it is
        <img src={`/projecten/foto/${project.image}`} alt={project.imageAlt} className="aspect-[16/9] w-full rounded-xl object-cover" />
      )}
      <p className="text-xl">{project.summary}</p>
      <ReadAloudButton text={`${project.title}. ${project.summary} ${asked}`} />

      <section aria-labelledby="nu" className="space-y-3 rounded-xl border-2 border-brand bg-brand-light p-4">
        <h2 id="nu" className="text-2xl font-bold">
          Wat vragen wij nu?
        </h2>
        <p>{asked}</p>
        {survey?.state === "open" && survey.questions.length > 0 && (
          <LinkButton href={`/vragen/${survey.id}`}>
            <Icon name="chat" /> Geef uw mening (1 minuut)
          </LinkButton>
        )}
        {votable && (
          <LinkButton href={`/projecten/${project.id}/kiezen`}>
            <Icon name="check" /> Kies mee: {poll.question}
          </LinkButton>
        )}
      </section>

      <section aria-labelledby="planning" className="space-y-3">
        <h2 id="planning" className="text-2xl font-bold">
          Planning
        </h2>
        <PhaseTimeline phases={project.phases} />
      </section>

      {project.meetings.length > 0 && (
        <section aria-labelledby="bijeenkomsten" className="space-y-3">
          <h2 id="bijeenkomsten" className="text-2xl font-bold">
            Bijeenkomsten
          </h2>
          <ul className="space-y-2">
            {project.meetings.map((meeting) => (
              <li key={meeting.id} className="flex gap-2">
                <Icon name="calendar" className="mt-2 h-6 w-6 shrink-0" />
                <span>
                  <Link href={`/activiteiten/${meeting.id}`} className="inline-flex min-h-11 items-center font-bold">
                    {meeting.title}
                  </Link>
                  <span className="block">
                    {meeting.cancelled ? "Gaat niet door. " : ""}
                    {formatActivityTime(meeting.startsAt, meeting.endsAt)}, {meeting.address}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {results.length > 0 && (
        <section aria-labelledby="uitkomst" className="space-y-4">
          <h2 id="uitkomst" className="text-2xl font-bold">
            Wat bewoners zeiden
          </h2>
          <p>Minder dan 5 keer gekozen staat als &quot;&lt;5&quot;. Andere aantallen zijn afgerond op 5.</p>
          {results.map((result) => (
            <ResultBars key={result.question.id} result={result} />
          ))}
        </section>
      )}

      {poll?.stand === "gesloten" && poll.options.length > 0 && (
        <section aria-labelledby="uitslag" className="space-y-4">
          <h2 id="uitslag" className="text-2xl font-bold">
            Uitslag van de keuze
          </h2>
          <p>Minder dan 5 stemmen staat als &quot;&lt;5&quot;. Andere aantallen zijn afgerond op 5.</p>
          <ResultBars result={pollResult(poll)} unit="stemmen" />
        </section>
      )}

      <section aria-labelledby="ermee" className="space-y-3">
        <h2 id="ermee" className="text-2xl font-bold">
          Wat doen wij met uw mening?
        </h2>
        <FeedbackList points={project.feedback} />
        {project.decision && (
          <>
            <h3 className="text-xl font-bold">Het besluit</h3>
            <p>{project.decision}</p>
          </>
        )}
      </section>

      <FollowProject projectId={project.id} signedIn={!!user} following={!!user && isFollowing(user.id, project.id)} />
      {!user && project.stand.kind !== "klaar" && <ContactForm projectId={project.id} />}
    </article>
  );
}
