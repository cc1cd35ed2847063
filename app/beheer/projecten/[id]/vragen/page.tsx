import type { Metadata } from "next";
import Link from "next/link";
import { ActionButtonForm } from "@/components/initiatives/action-button-form";
import { QuestionForm } from "@/components/projects/question-form";
import { ReachTable } from "@/components/projects/reach-table";
import { ResultBars } from "@/components/projects/result-bars";
import { removeQuestionAction } from "@/lib/projects/actions/participation";
import { KIND_LABELS } from "@/lib/surveys/fields";
import { countsOf, freeTextOf, reachOf, resultsOf } from "@/lib/surveys/queries/pages";
import { teamProjectOf } from "../team-project";

export const metadata: Metadata = { title: "Vragenlijst" };

const STATE_WORD = { komt: "Nog niet open", open: "Open: bewoners kunnen antwoorden", gesloten: "Gesloten" } as const;

export default async function TeamSurveyPage({ params }: { params: Promise<{ id: string }> }) {
  const { project } = await teamProjectOf(params, "/vragen");
  const survey = project.survey;
  const counts = survey ? countsOf(survey.id) : { online: 0, papier: 0 };
  const reach = survey ? reachOf(survey.id, project.wijkIds) : null;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Vragenlijst: {project.title}</h1>
      <p>
        <Link href={`/beheer/projecten/${project.id}`} className="inline-flex min-h-11 items-center">Terug naar het project</Link>
      </p>
      {survey ? (
        <p>
          <strong>{STATE_WORD[survey.state]}.</strong> De vragenlijst is open in de fase Meedenken. Link voor bewoners:{" "}
          <Link href={`/vragen/${survey.id}`} className="inline-flex min-h-11 items-center">/vragen/{survey.id}</Link>
        </p>
      ) : (
        <p>Nog geen vragen. De vragenlijst is open in de fase Meedenken.</p>
      )}

      <section aria-labelledby="vragen" className="space-y-3">
        <h2 id="vragen" className="text-2xl font-bold">Vragen</h2>
        <ol className="space-y-3">
          {survey?.questions.map((question, n) => (
            <li key={question.id} className="space-y-1 rounded-xl border-2 border-gray-200 p-3">
              <p className="font-bold">{n + 1}. {question.prompt}</p>
              <p className="text-base">{KIND_LABELS[question.kind]}{question.options.length ? `: ${question.options.map((o) => `${o.picture} ${o.label}`.trim()).join(", ")}` : ""}</p>
              <ActionButtonForm action={removeQuestionAction} fields={{ projectId: project.id, questionId: question.id }} label={`Haal vraag ${n + 1} weg`} variant="secondary" />
            </li>
          ))}
        </ol>
        <h3 className="text-xl font-bold">Nieuwe vraag</h3>
        <QuestionForm projectId={project.id} />
      </section>

      {survey && (
        <section aria-labelledby="antwoorden" className="space-y-4">
          <h2 id="antwoorden" className="text-2xl font-bold">Antwoorden</h2>
          <p>
            Online: <strong>{counts.online}</strong> · Op papier: <strong>{counts.papier}</strong>. In de staafjes staat minder dan 5 als &quot;&lt;5&quot;, de rest afgerond op 5.
          </p>
          {resultsOf(survey).map((result) => (
            <ResultBars key={result.question.id} result={result} />
          ))}
          <h3 className="text-xl font-bold">Wie hebben wij bereikt?</h3>
          <div className="grid gap-4 sm:grid-cols-2">
            <ReachTable caption="Per wijk" rows={reach!.byWijk} />
            <ReachTable caption="Per leeftijd (in de wijken van het project)" rows={reach!.byAge} />
          </div>
          <p>{reach!.source ? `Inwoners: ${reach!.source}.` : "De beheerder heeft nog geen aantallen inwoners ingevuld."}</p>
          <h3 className="text-xl font-bold">Antwoorden in eigen woorden (alleen voor het team)</h3>
          <p>Deze teksten publiceren wij nooit zoals ze zijn: er kunnen namen in staan. Schrijf een samenvatting bij &quot;Wat doen wij ermee&quot;.</p>
          {freeTextOf(survey).map((question) => (
            <div key={question.prompt} className="space-y-1">
              <p className="font-bold">{question.prompt}</p>
              <ul className="list-disc space-y-1 pl-6">
                {question.answers.map((answer, n) => (
                  <li key={n}>{answer}</li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
    </div>
  );
}
