import { redirect } from "next/navigation";
import { parseId } from "@/lib/platform/params";
import { keepLinkToken } from "@/lib/surveys/device";
import { getSurvey } from "@/lib/surveys/queries/pages";

/**
 * A personal one-time link from a message: the token is kept in a cookie for the screens that
 * follow (the pages themselves stay the same for everyone) and the first question opens. Whether
 * the token is real and unused is checked when an answer comes in.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; token: string }> }) {
  const { id, token } = await params;
  const surveyId = parseId(id);
  const survey = surveyId ? getSurvey(surveyId) : null;
  if (!survey) return new Response("Deze vragenlijst bestaat niet.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  if (survey.state !== "open") redirect(`/vragen/${survey.id}`);
  await keepLinkToken(survey.id, token);
  redirect(`/vragen/${survey.id}/1`);
}
