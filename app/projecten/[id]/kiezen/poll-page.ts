import { notFound } from "next/navigation";
import { parseId } from "@/lib/platform/params";
import { getPoll } from "@/lib/projects/queries/poll";
import { getProject } from "@/lib/projects/queries/projects";

/** The project and its keuze (with options) of a voting page, or a 404. */
export async function pollOfPage(params: Promise<{ id: string }>) {
  const id = parseId((await params).id);
  const project = id ? getProject(id) : null;
  const poll = project ? getPoll(project.id) : null;
  if (!project || !poll || poll.options.length === 0) notFound();
  return { project, poll };
}
