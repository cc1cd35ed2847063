import "server-only";
import { PROJECT_PHASES } from "../fields";
import type { ProjectDetail } from "./projects";
import { projectWijkIds } from "./projects";

/** The project as the form's fields: one per phase date and ask, one checkbox per wijk. */
export function projectFormValues(project: ProjectDetail | null): Record<string, string | boolean> {
  const values: Record<string, string | boolean> = {
    title: project?.title ?? "",
    summary: project?.summary ?? "",
    invitedHow: project?.invitedHow ?? "",
    decision: project?.decision ?? "",
  };
  for (const phase of PROJECT_PHASES) {
    const dated = project?.phases.find((p) => p.phase === phase);
    values[`${phase}Start`] = dated?.startsOn ?? "";
    values[`${phase}End`] = dated?.endsOn ?? "";
    values[`${phase}Ask`] = dated?.ask ?? "";
  }
  for (const wijkId of project ? projectWijkIds(project.id) : []) values[`wijk_${wijkId}`] = true;
  return values;
}
