import { notFound } from "next/navigation";
import type { Permission } from "@/lib/platform/auth/permissions";
import { requirePagePermission } from "@/lib/platform/auth/guards";
import { parseId } from "@/lib/platform/params";
import { getProjectForTeam } from "@/lib/projects/queries/projects";

/** The project of a team page, for its team and the beheerder; a 404 for another team's project. */
export async function teamProjectOf(params: Promise<{ id: string }>, page = "", permission: Permission = "project:manage") {
  const raw = (await params).id;
  const user = await requirePagePermission(permission, `/beheer/projecten/${raw}${page}`);
  const id = parseId(raw);
  const project = id ? getProjectForTeam(user, id) : null;
  if (!project) notFound();
  return { user, project };
}
