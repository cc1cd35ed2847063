import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProgressBar } from "@/components/surveys/progress-bar";
import { QuestionScreen } from "@/components/surveys/question-screen";
import { parseId } from "@/lib/platform/params";
import { surveyOfPage } from "../survey-page";

export const metadata: Metadata = { title: "Vraag" };

type Props = { params: Promise<{ id: string; stap: string }> };

/** One question per screen. The page is the same for everyone (the page cache keeps it); answers so far stay on the server. */
export default async function SurveyQuestionPage({ params }: Props) {
  const survey = await surveyOfPage(params);
  const step = parseId((await params).stap);
  const question = step ? survey.questions[step - 1] : undefined;
  if (!step || !question) notFound();
  return (
    <div className="space-y-5">
      <ProgressBar step={step} total={survey.questions.length} />
      <QuestionScreen surveyId={survey.id} step={step} question={question} />
    </div>
  );
}
