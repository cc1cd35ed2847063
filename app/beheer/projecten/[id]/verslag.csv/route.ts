import { guardRoute } from "@/lib/platform/auth/guards";
import { parseId } from "@/lib/platform/params";
import { getProjectForTeam } from "@/lib/projects/queries/projects";
import { participationReport, reportTable } from "@/lib/projects/queries/report";
import { csvResponse, tableToCsv } from "@/lib/stats/csv";

/** The figures of the participatieverslag as CSV: counts only, small ones as "<5"; for the team and the beheerder. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await guardRoute("project:manage");
  if (user instanceof Response) return user;
  const id = parseId((await params).id);
  const project = id ? getProjectForTeam(user, id) : null;
  if (!project) return new Response("Dit project bestaat niet, of het is niet van uw team.", { status: 404 });
  return csvResponse(tableToCsv(reportTable(participationReport(project))), `participatieverslag-${project.id}.csv`);
}
