import type { Metadata } from "next";
import { FeedbackList } from "@/components/projects/feedback-list";
import { ReachTable } from "@/components/projects/reach-table";
import { ResultBars } from "@/components/projects/result-bars";
import { formatDay } from "@/lib/projects/dates";
import { PHASE_LABELS } from "@/lib/projects/fields";
import { participationReport } from "@/lib/projects/queries/report";
import { teamProjectOf } from "../team-project";

export const metadata: Metadata = { title: "Participatieverslag" };

/** One A4 page per project: phases, invitation, who took part, answers, what was done with them, the decision. */
export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { project } = await teamProjectOf(params, "/verslag");
  const report = participationReport(project);
  const took = [
    ["Antwoorden online", report.took.online],
    ["Antwoorden op papier", report.took.papier],
    ["Stemmen in de keuze", report.took.votes],
    ["Bij bijeenkomsten", report.took.meetings],
    ["Volgers", report.took.followers],
    ["Lieten een e-mail of 06-nummer achter", report.took.contacts],
  ] as const;
  return (
    <article className="space-y-4 text-base print:space-y-1 print:text-[9pt] print:leading-tight">
      <div className="no-print space-y-1">
        <p>Afdrukken of als PDF bewaren: gebruik de afdrukknop van uw browser (of Ctrl+P). Het verslag past op één A4.</p>
        <a href={`/beheer/projecten/${project.id}/verslag.csv`} className="inline-flex min-h-11 items-center">Cijfers als CSV</a>
      </div>
      <h1 className="text-2xl font-bold print:text-[16pt]">Participatieverslag: {project.title}</h1>
      <p>{project.summary} Wijk: {project.wijken.join(", ")}.</p>
      <section className="grid gap-4 sm:grid-cols-2 print:grid-cols-2">
        <div>
          <h2 className="font-bold">Fasen</h2>
          <ul>
            {project.phases.map((phase) => (
              <li key={phase.phase}>{PHASE_LABELS[phase.phase]}: {formatDay(phase.startsOn)} – {formatDay(phase.endsOn)}</li>
            ))}
          </ul>
          <h2 className="mt-2 font-bold">Hoe bewoners zijn uitgenodigd</h2>
          <p>{project.invitedHow || "Niet ingevuld."}</p>
        </div>
        <div>
          <h2 className="font-bold">Hoeveel mensen deden mee</h2>
          <table className="w-full">
            <tbody>
              {took.map(([label, value]) => (
                <tr key={label} className="border-b border-gray-200">
                  <th scope="row" className="py-0.5 text-left font-normal">{label}</th>
                  <td className="py-0.5 text-right font-bold">{value}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="text-base print:text-[8pt]">Minder dan 5 staat als &quot;&lt;5&quot;; andere aantallen zijn afgerond op 5.</p>
        </div>
      </section>
      {report.results.length > 0 && (
        <section className="grid gap-3 sm:grid-cols-2 print:grid-cols-3 print:gap-2">
          <h2 className="font-bold sm:col-span-2 print:col-span-3">Antwoorden per vraag</h2>
          {report.results.map((result) => (
            <ResultBars key={result.question.id} result={result} />
          ))}
        </section>
      )}
      {report.poll && (
        <section className="space-y-1">
          <h2 className="font-bold">Uitslag van de keuze</h2>
          <ResultBars result={report.poll} unit="stemmen" />
        </section>
      )}
      <section className="grid gap-4 sm:grid-cols-2 print:grid-cols-2">
        <ReachTable caption="Bereikt per wijk" rows={report.reach.byWijk} />
        <ReachTable caption="Bereikt per leeftijd" rows={report.reach.byAge} />
        {report.reach.source && <p className="sm:col-span-2 print:col-span-2 print:text-[8pt]">Inwoners: {report.reach.source}.</p>}
      </section>
      <section className="space-y-2">
        <h2 className="font-bold">Wat is er met de inbreng gedaan</h2>
        <FeedbackList points={project.feedback} />
        <h2 className="font-bold">Besluit</h2>
        <p>{project.decision || "Nog geen besluit."}</p>
      </section>
      <p className="text-base print:text-[8pt]">Antwoorden in eigen woorden staan niet in dit verslag: die leest alleen het team.</p>
    </article>
  );
}
