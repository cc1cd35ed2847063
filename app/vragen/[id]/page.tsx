import type { Metadata } from "next";
import Link from "next/link";
import { LinkButton } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { ReadAloudButton } from "@/components/ui/read-aloud-button";
import { surveyOfPage } from "./survey-page";

export const metadata: Metadata = { title: "Vragenlijst" };

const CLOSED = { komt: "Deze vragenlijst is nog niet open. Kom later terug.", gesloten: "Deze vragenlijst is gesloten. Dank aan iedereen die meedeed!" };

export default async function SurveyStartPage({ params }: { params: Promise<{ id: string }> }) {
  const survey = await surveyOfPage(params);
  const intro = `${survey.questions.length} korte vragen. Dat duurt ongeveer een minuut. U hoeft niet in te loggen. Niemand ziet wie wat heeft geantwoord.`;
  return (
    <div className="space-y-5">
      <h1 className="text-3xl font-bold">{survey.title}: wat vindt u ervan?</h1>
      <p className="text-xl">{intro}</p>
      <ReadAloudButton text={`${survey.title}. ${intro}`} />
      {survey.state === "open" ? (
        <LinkButton href={`/vragen/${survey.id}/1`}>
          Begin <Icon name="arrow" />
        </LinkButton>
      ) : (
        <p className="rounded-lg border-2 border-brand bg-brand-light p-3 font-semibold">{CLOSED[survey.state]}</p>
      )}
      <p>
        <Link href={survey.ownerPath} className="inline-flex min-h-11 items-center">
          {survey.ownerLabel}
        </Link>
      </p>
    </div>
  );
}
