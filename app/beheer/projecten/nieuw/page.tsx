import type { Metadata } from "next";
import { ProjectForm } from "@/components/projects/project-form";
import { requirePagePermission } from "@/lib/platform/auth/guards";
import { projectFormValues } from "@/lib/projects/queries/form";
import { listWijken } from "@/lib/reference/queries/reference";

export const metadata: Metadata = { title: "Nieuw project" };

export default async function NewProjectPage() {
  await requirePagePermission("project:create", "/beheer/projecten/nieuw");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Nieuw project</h1>
      <ProjectForm initial={projectFormValues(null)} wijken={listWijken()} submitLabel="Project opslaan" />
    </div>
  );
}
