import type { Metadata } from "next";
import Link from "next/link";
import { WaitingRequests } from "@/components/funds/waiting-requests";
import { FailedJobs } from "@/components/notifications/failed-jobs";
import { waitingRequests } from "@/lib/funds/queries/requests";
import { requirePagePermission } from "@/lib/platform/auth/guards";
import { can } from "@/lib/platform/auth/permissions";
import { failedJobs } from "@/lib/platform/jobs/queries";

export const metadata: Metadata = { title: "Beheer" };

export default async function StaffHomePage() {
  const user = await requirePagePermission("staff-area:view", "/beheer");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Beheer</h1>
      <p>Hallo {user.displayName}. Wat wilt u doen?</p>
      {can(user.role, "fund:decide") ? (
        <WaitingRequests step="decision" requests={waitingRequests("decision")} />
      ) : (
        can(user.role, "fund:advise") && <WaitingRequests step="advice" requests={waitingRequests("advice")} />
      )}
      <ul className="space-y-2">
        {can(user.role, "initiative:moderate") && (
          <li>
            <Link href="/beheer/initiatieven" className="inline-flex min-h-11 items-center text-xl">
              Ideeën beoordelen
            </Link>
          </li>
        )}
        {can(user.role, "activity:manage") && (
          <li>
            <Link href="/beheer/activiteiten" className="inline-flex min-h-11 items-center text-xl">
              Activiteiten en aanmeldingen
            </Link>
          </li>
        )}
        {can(user.role, "project:manage") && (
          <li>
            <Link href="/beheer/projecten" className="inline-flex min-h-11 items-center text-xl">
              Projecten: vragen, keuzes en terugkoppeling
            </Link>
          </li>
        )}
        {can(user.role, "monitor:enter-paper") && (
          <li>
            <Link href="/beheer/buurtmonitor" className="inline-flex min-h-11 items-center text-xl">
              Buurtmonitor
            </Link>
          </li>
        )}
        {can(user.role, "users:manage") && (
          <li>
            <Link href="/beheer/gebruikers" className="inline-flex min-h-11 items-center text-xl">
              Gebruikers en rollen
            </Link>
          </li>
        )}
        {can(user.role, "users:block") && (
          <li>
            <Link href="/beheer/blokkeren" className="inline-flex min-h-11 items-center text-xl">
              Account blokkeren
            </Link>
          </li>
        )}
        {can(user.role, "settings:manage") && (
          <li>
            <Link href="/beheer/instellingen" className="inline-flex min-h-11 items-center text-xl">
              Instellingen, wijken en thema&apos;s
            </Link>
          </li>
        )}
        {can(user.role, "fund:manage") && (
          <li>
            <Link href="/beheer/fondsen" className="inline-flex min-h-11 items-center text-xl">
              Fondsen: budget, toegekend en over
            </Link>
          </li>
        )}
        {can(user.role, "audit-log:view") && (
          <li>
            <Link href="/beheer/logboek" className="inline-flex min-h-11 items-center text-xl">
              Logboek: wie deed wat
            </Link>
          </li>
        )}
        {can(user.role, "dashboard:view") && (
          <li>
            <Link href="/dashboard" className="inline-flex min-h-11 items-center text-xl">
              Overzicht voor de alliantie
            </Link>
          </li>
        )}
      </ul>
      {can(user.role, "settings:manage") && <FailedJobs jobs={failedJobs()} />}
    </div>
  );
}
