import type { Metadata } from "next";
import { ProjectForm } from "@/components/projects/project-form";
import { projectFormValues } from "@/lib/projects/queries/form";
import { listWijken } from "@/lib/reference/queries/reference";
import { teamProjectOf } from "../team-project";

export const metadata: Metadata = { title: "Project bewerken" };

export default async function EditProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const { project } = await teamProjectOf(params, "/bewerken");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Bewerken: {project.title}</h1>
      <ProjectForm projectId={project.id} initial={projectFormValues(project)} wijken={listWijken()} submitLabel="Wijzigingen opslaan" />
    </div>
  );
}
