import type { Metadata } from "next";
import Link from "next/link";
import { ActionButtonForm } from "@/components/initiatives/action-button-form";
import { FeedbackForm } from "@/components/projects/feedback-form";
import { FeedbackList } from "@/components/projects/feedback-list";
import { MeetingForm } from "@/components/projects/meeting-form";
import { PhaseTimeline } from "@/components/projects/phase-timeline";
import { standWord } from "@/components/projects/project-cards";
import { TeamForm } from "@/components/projects/team-form";
import { PollForm, PollOptionForm, ProjectImageForm } from "@/components/projects/poll-forms";
import { removePollOptionAction } from "@/lib/projects/actions/poll";
import { getPoll, pollCounts } from "@/lib/projects/queries/poll";
import { can } from "@/lib/platform/auth/permissions";
import { formatActivityTime } from "@/lib/platform/format";
import { removeFeedbackAction, sendFeedbackAction, unlinkMeetingAction } from "@/lib/projects/actions/participation";
import { meetingChoices, teamChoices } from "@/lib/projects/queries/projects";
import { contactCount } from "@/lib/projects/queries/report";
import { publicCount } from "@/lib/stats/present";
import { teamProjectOf } from "./team-project";

export const metadata: Metadata = { title: "Project beheren" };

const LINK = "inline-flex min-h-11 items-center text-xl";

export default async function TeamProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, project } = await teamProjectOf(params);
  const unsent = project.feedback.filter((point) => !point.sent).length;
  const poll = getPoll(project.id);
  const hasKiezen = project.phases.some((phase) => phase.phase === "kiezen");
  const votes = poll ? pollCounts(poll).voters : 0;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{project.title}</h1>
      <p>
        <strong>{standWord(project)}</strong> · {project.wijken.join(", ")}
      </p>
      <ul className="space-y-1">
        <li><Link href={`/projecten/${project.id}`} className={LINK}>Bekijk de pagina voor bewoners</Link></li>
        <li><Link href={`/beheer/projecten/${project.id}/bewerken`} className={LINK}>Bewerken: tekst, wijken, fasen en besluit</Link></li>
        <li><Link href={`/beheer/projecten/${project.id}/vragen`} className={LINK}>Vragenlijst en antwoorden</Link></li>
        <li><Link href={`/beheer/projecten/${project.id}/papier`} className={LINK}>Papieren antwoorden invoeren</Link></li>
        <li><Link href={`/beheer/projecten/${project.id}/verslag`} className={LINK}>Participatieverslag (afdrukken)</Link></li>
      </ul>

      <section aria-labelledby="planning" className="space-y-3">
        <h2 id="planning" className="text-2xl font-bold">Planning</h2>
        <PhaseTimeline phases={project.phases} />
      </section>

      {can(user.role, "project:create") && (
        <section aria-labelledby="team" className="space-y-3">
          <h2 id="team" className="text-2xl font-bold">Team</h2>
          <TeamForm projectId={project.id} people={teamChoices(project.id)} />
        </section>
      )}

      <section aria-labelledby="foto" className="space-y-3">
        <h2 id="foto" className="text-2xl font-bold">Foto</h2>
        {project.image ? (
          // eslint-disable-next-line @next/next/no-img-element -- a stored photo, served as it is
          <img src={`/projecten/foto/${project.image}`} alt={project.imageAlt} className="aspect-[16/9] w-full max-w-md rounded-xl object-cover" />
        ) : (
          <p>Het project heeft nog geen foto.</p>
        )}
        <ProjectImageForm projectId={project.id} imageAlt={project.imageAlt} />
      </section>

      <section aria-labelledby="keuze" className="space-y-3">
        <h2 id="keuze" className="text-2xl font-bold">Keuze (fase Kiezen)</h2>
        {!hasKiezen ? (
          <p>Een keuze hoort bij de fase Kiezen. Geef het project eerst die fase met datums (Bewerken).</p>
        ) : (
          <>
            <p>
              Bewoners kiezen uit mogelijkheden met elk een foto. Stemmen kan tijdens de fase Kiezen, met een account of met een code per sms. De uitslag staat op de pagina
              van het project als de fase voorbij is.
              {poll && ` Er ${votes === 1 ? "is 1 keer" : `zijn ${votes} keer`} gestemd.`}
            </p>
            <PollForm projectId={project.id} question={poll?.question ?? ""} maxChoices={poll?.maxChoices ?? 1} />
            {poll && (
              <>
                <h3 className="text-xl font-bold">Mogelijkheden</h3>
                <ul className="space-y-3">
                  {poll.options.map((option) => (
                    <li key={option.id} className="space-y-2 rounded-xl border-2 border-gray-200 p-3">
                      {option.photo && (
                        // eslint-disable-next-line @next/next/no-img-element -- a stored photo, served as it is
                        <img src={`/projecten/foto/${option.photo}`} alt={`Foto: ${option.label}`} className="aspect-[4/3] w-48 rounded-lg object-cover" />
                      )}
                      <p className="font-bold">{option.label}</p>
                      {votes === 0 && <ActionButtonForm action={removePollOptionAction} fields={{ projectId: project.id, optionId: option.id }} label={`Haal ${option.label} weg`} variant="secondary" />}
                    </li>
                  ))}
                </ul>
                {votes === 0 && <PollOptionForm projectId={project.id} />}
              </>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="bijeenkomsten" className="space-y-3">
        <h2 id="bijeenkomsten" className="text-2xl font-bold">Bijeenkomsten</h2>
        <ul className="space-y-3">
          {project.meetings.map((meeting) => (
            <li key={meeting.id} className="space-y-1 rounded-xl border-2 border-gray-200 p-3">
              <p className="font-bold">{meeting.title}</p>
              <p>{formatActivityTime(meeting.startsAt, meeting.endsAt)}</p>
              <ActionButtonForm action={unlinkMeetingAction} fields={{ projectId: project.id, activityId: meeting.id }} label={`Haal ${meeting.title} weg`} variant="secondary" />
            </li>
          ))}
        </ul>
        <MeetingForm projectId={project.id} activities={meetingChoices(project.id)} />
      </section>

      <section aria-labelledby="ermee" className="space-y-3">
        <h2 id="ermee" className="text-2xl font-bold">Wat doen wij ermee?</h2>
        <p>Elk punt staat meteen op de pagina van het project. Met &quot;Verstuur&quot; krijgen de volgers een mail met de nieuwe punten. Wie zonder account een e-mailadres of 06-nummer achterliet, krijgt een mail of sms.</p>
        <p>
          <strong>{publicCount(contactCount(project.id))}</strong> mensen lieten een manier achter om bericht te krijgen. Minder dan 5 staat als &quot;&lt;5&quot;.
        </p>
        <FeedbackList
          points={project.feedback}
          actions={(point) => (
            <>
              <p className="text-base">{point.sent ? "Verstuurd naar de volgers." : "Nog niet verstuurd."}</p>
              <ActionButtonForm action={removeFeedbackAction} fields={{ projectId: project.id, feedbackId: point.id }} label={`Haal "${point.topic}" weg`} variant="secondary" />
            </>
          )}
        />
        {/* Always there, so its answer stays on screen after the points were sent. */}
        <ActionButtonForm
          action={sendFeedbackAction}
          fields={{ projectId: project.id }}
          label={unsent > 0 ? `Verstuur ${unsent} ${unsent === 1 ? "nieuw punt" : "nieuwe punten"} naar de volgers` : "Verstuur nieuwe punten naar de volgers"}
        />
        <h3 className="text-xl font-bold">Nieuw punt</h3>
        <FeedbackForm projectId={project.id} />
      </section>
    </div>
  );
}
