import type { Metadata } from "next";
import Link from "next/link";
import { SendScreen } from "@/components/surveys/send-screen";
import { listWijken } from "@/lib/reference/queries/reference";
import { surveyOfPage } from "../survey-page";

export const metadata: Metadata = { title: "Versturen" };

export default async function SurveySendPage({ params }: { params: Promise<{ id: string }> }) {
  const survey = await surveyOfPage(params);
  return (
    <div className="space-y-5">
      <h1 className="text-3xl font-bold">Bijna klaar</h1>
      <SendScreen surveyId={survey.id} asksProfile={survey.asksProfile} wijken={survey.ownerKind === "monitor" ? [] : listWijken()} />
      <p>
        <Link href={`/vragen/${survey.id}/${survey.questions.length}`} className="inline-flex min-h-11 items-center">
          Vorige vraag
        </Link>
      </p>
    </div>
  );
}
