import type { Metadata } from "next";
import Link from "next/link";
import { FiguresAge, FiguresCounting } from "@/components/stats/figures-age";
import { FiguresReport } from "@/components/stats/figures-report";
import { FilterForm } from "@/components/stats/filter-form";
import { requirePagePermission } from "@/lib/platform/auth/guards";
import { listWijken } from "@/lib/reference/queries/reference";
import { pageReport } from "@/lib/stats/current";
import { filterQuery, parseStatsFilter, tablePageOf } from "@/lib/stats/filters";

export const metadata: Metadata = { title: "Overzicht voor de alliantie" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The key figures and trends; each table has its own page (app/dashboard/tabel/[tabel]), so this one stays small. */
export default async function DashboardPage({ searchParams }: Props) {
  await requirePagePermission("dashboard:view", "/dashboard");
  const filter = parseStatsFilter(await searchParams);
  const report = await pageReport(filter, "alliantie");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Overzicht voor de alliantie</h1>
      <p>
        De deelname aan Burgers maken Hrl-Nrd in cijfers. Na elke nieuwe steun of aanmelding tellen wij alles opnieuw. Dat
        duurt een paar seconden. Dezelfde cijfers, zonder kleine aantallen, staan openbaar op de pagina Cijfers.
      </p>
      <p>
        <Link href="/dashboard/effect" className="inline-flex min-h-11 items-center font-bold">
          Maakt het verschil? Hoe was het en de buurtmonitor
        </Link>
      </p>
      {report && <FiguresAge madeAt={report.madeAt} ageMs={report.ageMs} recounting={report.recounting} clock />}
      <FilterForm action="/dashboard" input={filter.input} wijken={listWijken()} />
      {report ? (
        <FiguresReport
          figures={report.figures}
          tables={report.tables}
          tableHref={tablePageOf("/dashboard", filter.input)}
        />
      ) : (
        <FiguresCounting href={`/dashboard${filterQuery(filter.input)}`} />
      )}
    </div>
  );
}
