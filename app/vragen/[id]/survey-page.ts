import { notFound } from "next/navigation";
import { parseId } from "@/lib/platform/params";
import { getSurvey } from "@/lib/surveys/queries/pages";

/** The survey of a /vragen/[id] page, or the 404 page. */
export async function surveyOfPage(params: Promise<{ id: string }>) {
  const id = parseId((await params).id);
  const survey = id ? getSurvey(id) : null;
  if (!survey || survey.questions.length === 0) notFound();
  return survey;
}
