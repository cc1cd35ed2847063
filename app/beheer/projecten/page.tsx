import type { Metadata } from "next";
import Link from "next/link";
import { ProjectCards } from "@/components/projects/project-cards";
import { LinkButton } from "@/components/ui/button";
import { requirePagePermission } from "@/lib/platform/auth/guards";
import { can } from "@/lib/platform/auth/permissions";
import { listTeamProjects } from "@/lib/projects/queries/projects";

export const metadata: Metadata = { title: "Projecten beheren" };

export default async function TeamProjectsPage() {
  const user = await requirePagePermission("project:manage", "/beheer/projecten");
  return (
    <div className="space-y-5">
      <h1 className="text-3xl font-bold">Projecten</h1>
      {can(user.role, "project:create") && (
        <div className="flex flex-wrap items-center gap-4">
          <LinkButton href="/beheer/projecten/nieuw">Nieuw project</LinkButton>
          <Link href="/beheer/projecten/inwoners" className="inline-flex min-h-11 items-center">
            Inwoners per wijk en leeftijd
          </Link>
        </div>
      )}
      <ProjectCards
        cards={listTeamProjects(user)}
        hrefOf={(id) => `/beheer/projecten/${id}`}
        empty={user.role === "beheerder" ? "Er zijn nog geen projecten." : "U zit nog in geen enkel projectteam. De beheerder zet u in een team."}
      />
    </div>
  );
}
