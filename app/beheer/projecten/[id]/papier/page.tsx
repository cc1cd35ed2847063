import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PaperForm } from "@/components/surveys/paper-form";
import { enterPaperAction } from "@/lib/projects/actions/paper";
import { requirePagePermission } from "@/lib/platform/auth/guards";
import { parseId } from "@/lib/platform/params";
import { getProjectForPaper } from "@/lib/projects/queries/projects";
import { listWijken } from "@/lib/reference/queries/reference";

export const metadata: Metadata = { title: "Papieren antwoorden" };

export default async function PaperAnswersPage({ params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  const user = await requirePagePermission("survey:enter-paper", `/beheer/projecten/${raw}/papier`);
  const id = parseId(raw);
  const project = id ? getProjectForPaper(user, id) : null;
  if (!project) notFound();
  const questions = project.survey?.questions ?? [];
  return (
    <div className="space-y-5">
      <h1 className="text-3xl font-bold">Papieren antwoorden: {project.title}</h1>
      <p>Typ één papieren formulier over en sla het op. Het telt mee als &quot;op papier&quot;. Namen of adressen op het papier typt u niet over.</p>
      {questions.length === 0 ? <p>Dit project heeft nog geen vragenlijst.</p> : <PaperForm action={enterPaperAction} hidden={{ projectId: project.id }} questions={questions} wijken={listWijken()} />}
      <p>
        <Link href={`/projecten/${project.id}`} className="inline-flex min-h-11 items-center">Naar de pagina van het project</Link>
      </p>
    </div>
  );
}
