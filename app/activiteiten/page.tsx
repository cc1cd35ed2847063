import type { Metadata } from "next";
import { ActivityFilters } from "@/components/activities/activity-filters";
import { ActivityList } from "@/components/activities/activity-list";
import { TimeTabs } from "@/components/activities/time-tabs";
import { Icon } from "@/components/ui/icon";
import { Pagination } from "@/components/ui/pagination";
import { listActivities, listSeries } from "@/lib/activities/queries/activities";
import { activityFilterSchema } from "@/lib/activities/schema";
import { listWijken } from "@/lib/reference/queries/reference";
import { pageMetadata } from "@/lib/reach/metadata";

// Per request: the public address comes from configuration at run time.
export const generateMetadata = (): Metadata =>
  pageMetadata({ title: "Activiteiten", description: "Activiteiten in de buurt in Heerlen-Noord. Kom ook! Meedoen is gratis.", path: "/activiteiten" });

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ActivitiesPage({ searchParams }: Props) {
  const filter = activityFilterSchema.parse(await searchParams);
  const past = filter.tijd === "voorbij";
  const { items, hasNext } = listActivities({ wijkId: filter.wijk, seriesId: filter.reeks, past, page: filter.pagina });
  const hrefFor = (tijd: string, page = 1) => {
    const params = new URLSearchParams({ tijd });
    if (filter.wijk) params.set("wijk", String(filter.wijk));
    if (filter.reeks) params.set("reeks", String(filter.reeks));
    if (page > 1) params.set("pagina", String(page));
    return `/activiteiten?${params}`;
  };
  return (
    <div className="space-y-5">
      <h1 className="text-3xl font-bold">Activiteiten</h1>
      <p>Kom ook! Hier staan de activiteiten in de buurt. Meedoen is gratis.</p>
      <TimeTabs current={filter.tijd} hrefFor={hrefFor} />
      <ActivityFilters wijken={listWijken()} series={listSeries()} selected={filter} tijd={filter.tijd} />
      <h2 className="text-2xl font-bold">{past ? "Activiteiten die geweest zijn" : "Activiteiten die nog komen"}</h2>
      <ActivityList items={items} past={past} />
      <Pagination page={filter.pagina} hasNext={hasNext} hrefFor={(page) => hrefFor(filter.tijd, page)} />
      {!past && (
        <p>
          <a href="/activiteiten/agenda.ics" className="inline-flex min-h-11 items-center gap-2">
            <Icon name="calendar" /> Alle activiteiten in uw agenda (agenda-bestand)
          </a>
        </p>
      )}
    </div>
  );
}
