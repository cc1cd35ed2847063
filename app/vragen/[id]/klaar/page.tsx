import type { Metadata } from "next";
import { ContactForm } from "@/components/projects/contact-form";
import { LinkButton } from "@/components/ui/button";
import { surveyOfPage } from "../survey-page";

export const metadata: Metadata = { title: "Dank u wel" };

export default async function SurveyDonePage({ params }: { params: Promise<{ id: string }> }) {
  const survey = await surveyOfPage(params);
  return (
    <div className="space-y-5">
      <h1 className="text-3xl font-bold">Dank u wel!</h1>
      <p className="text-xl">Wij hebben uw antwoorden. Niemand kan zien wie wat heeft geantwoord.</p>
      {survey.ownerKind === "project" && <p>Op de pagina van het project leest u later wat wij met de mening van bewoners doen.</p>}
      <LinkButton href={survey.ownerPath}>{survey.ownerLabel}</LinkButton>
      {survey.ownerKind === "project" && <ContactForm projectId={survey.ownerId} />}
    </div>
  );
}
