import type { Metadata } from "next";
import { FiguresAge } from "@/components/stats/figures-age";
import { FiguresReport } from "@/components/stats/figures-report";
import { FilterForm } from "@/components/stats/filter-form";
import { requirePagePermission } from "@/lib/platform/auth/guards";
import { listWijken } from "@/lib/reference/queries/reference";
import { currentReport } from "@/lib/stats/current";
import { filterQuery, parseStatsFilter } from "@/lib/stats/filters";

export const metadata: Metadata = { title: "Dashboard alliantie" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DashboardPage({ searchParams }: Props) {
  await requirePagePermission("dashboard:view", "/dashboard");
  const filter = parseStatsFilter(await searchParams);
  const { figures, tables, madeAt, ageMs, recounting } = await currentReport(filter, "alliantie");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Dashboard alliantie</h1>
      <p>
        De deelname aan Burgers maken Hrl-Nrd in cijfers. Na elke nieuwe steun of aanmelding tellen wij alles opnieuw. Dat
        duurt een paar seconden. Dezelfde cijfers, zonder kleine aantallen, staan openbaar op de pagina Cijfers.
      </p>
      <FiguresAge madeAt={madeAt} ageMs={ageMs} recounting={recounting} />
      <FilterForm action="/dashboard" input={filter.input} wijken={listWijken()} />
      <FiguresReport
        figures={figures}
        tables={tables}
        csvHref={(table) => `/dashboard/csv${filterQuery(filter.input, { tabel: table })}`}
      />
    </div>
  );
}
