import type { Metadata } from "next";
import { InitiativeList } from "@/components/initiatives/initiative-list";
import { ListFilters } from "@/components/initiatives/list-filters";
import { Pagination } from "@/components/ui/pagination";
import { LinkButton } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { listPublished } from "@/lib/initiatives/queries/lists";
import { listFilterSchema, type ListFilter } from "@/lib/initiatives/schema";
import { listThemes, listWijken } from "@/lib/reference/queries/reference";
import { pageMetadata } from "@/lib/reach/metadata";

// Per request: the public address comes from configuration at run time.
export const generateMetadata = (): Metadata =>
  pageMetadata({ title: "Initiatieven", description: "Ideeën van bewoners voor hun buurt in Heerlen-Noord. Steun een idee of help mee.", path: "/initiatieven" });

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function hrefFor(filter: ListFilter, page: number): string {
  const params = new URLSearchParams();
  if (filter.q) params.set("q", filter.q);
  if (filter.wijk) params.set("wijk", String(filter.wijk));
  if (filter.thema) params.set("thema", String(filter.thema));
  if (filter.status) params.set("status", filter.status);
  if (filter.sort !== "nieuw") params.set("sort", filter.sort);
  if (page > 1) params.set("pagina", String(page));
  const query = params.toString();
  return query ? `/initiatieven?${query}` : "/initiatieven";
}

export default async function InitiativesPage({ searchParams }: Props) {
  const query = await searchParams;
  const filter = listFilterSchema.parse(query);
  const { items, total, pages } = listPublished(filter);
  return (
    <div className="space-y-5">
      <h1 className="text-3xl font-bold">Initiatieven</h1>
      {query.gemeld && (
        <p role="status" className="rounded-lg border-2 border-brand bg-brand-light p-3 font-semibold">
          Dank u wel voor uw melding. Het idee is nu verborgen tot een buurtwerker ernaar kijkt.
        </p>
      )}
      <p>Ideeën van bewoners voor hun eigen buurt. Steun een idee, of help mee.</p>
      <LinkButton href="/initiatieven/nieuw">
        <Icon name="idea" /> Ik heb een idee
      </LinkButton>
      <ListFilters filter={filter} wijken={listWijken()} themes={listThemes()} />
      <p aria-live="polite" className="font-semibold">
        {total === 1 ? "1 idee gevonden." : `${total} ideeën gevonden.`}
      </p>
      <InitiativeList items={items} empty="Geen ideeën gevonden. Probeer een ander woord of een andere wijk." />
      <Pagination page={filter.pagina} pages={pages} hrefFor={(page) => hrefFor(filter, page)} />
    </div>
  );
}
