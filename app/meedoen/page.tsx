import type { Metadata } from "next";
import { PlaceFilters } from "@/components/meedoen/place-filters";
import { PlaceList } from "@/components/meedoen/place-list";
import { Pagination } from "@/components/ui/pagination";
import { listPlaces } from "@/lib/meedoen/queries/places";
import { meedoenFilterSchema } from "@/lib/meedoen/schema";
import { listWijken } from "@/lib/reference/queries/reference";
import { pageMetadata } from "@/lib/reach/metadata";

export const generateMetadata = (): Metadata =>
  pageMetadata({ title: "Meedoen", description: "Help mee in de buurt in Heerlen-Noord. Geen ervaring nodig.", path: "/meedoen" });

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MeedoenPage({ searchParams }: Props) {
  const filter = meedoenFilterSchema.parse(await searchParams);
  const { items, hasNext } = listPlaces({ wijkId: filter.wijk, thisWeek: filter.week === "deze", page: filter.pagina });
  // The filters stay in the paging links; a new choice in the form starts again at page 1.
  const hrefFor = (page: number) => {
    const params = new URLSearchParams();
    if (filter.wijk) params.set("wijk", String(filter.wijk));
    if (filter.week) params.set("week", filter.week);
    if (page > 1) params.set("pagina", String(page));
    const query = params.toString();
    return query ? `/meedoen?${query}` : "/meedoen";
  };
  return (
    <div className="space-y-5">
      <h1 className="text-3xl font-bold">Meedoen</h1>
      <p>Help mee in de buurt. Iedereen mag meedoen. U heeft geen ervaring nodig.</p>
      <PlaceFilters wijken={listWijken()} selected={filter} />
      <h2 className="text-2xl font-bold">Plekken om te helpen</h2>
      <PlaceList items={items} empty="Er zijn nu geen plekken die hierbij passen. Kijk later nog eens." />
      <Pagination page={filter.pagina} hasNext={hasNext} hrefFor={hrefFor} />
    </div>
  );
}
