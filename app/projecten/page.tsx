import type { Metadata } from "next";
import { FilterSelect } from "@/components/forms/options";
import { ProjectCards } from "@/components/projects/project-cards";
import { BUTTON_STYLES } from "@/components/ui/button";
import { listProjects } from "@/lib/projects/queries/projects";
import { projectFilterSchema } from "@/lib/projects/schema";
import { pageMetadata } from "@/lib/reach/metadata";
import { listWijken } from "@/lib/reference/queries/reference";

export const generateMetadata = (): Metadata =>
  pageMetadata({ title: "Projecten", description: "Projecten in Heerlen-Noord. Zeg wat u ervan vindt en hoor wat er met uw mening gebeurt.", path: "/projecten" });

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ProjectsPage({ searchParams }: Props) {
  const filter = projectFilterSchema.parse(await searchParams);
  const { open, past } = listProjects({ wijkId: filter.wijk });
  return (
    <div className="space-y-5">
      <h1 className="text-3xl font-bold">Projecten</h1>
      <p>De gemeente en haar partners werken aan de buurt: een plein, een buurthuis, huizen. Zeg wat u ervan vindt. Wij vertellen wat wij met uw mening doen.</p>
      <form className="grid gap-3 rounded-xl bg-brand-light p-4 sm:grid-cols-[1fr_auto] sm:items-end" aria-label="Kies een wijk">
        <FilterSelect id="filter-wijk" name="wijk" label="Wijk" value={String(filter.wijk ?? "")} all="Alle wijken" options={listWijken()} />
        <button type="submit" className={BUTTON_STYLES.secondary}>
          Toon
        </button>
      </form>
      <h2 className="text-2xl font-bold">Nu bezig of binnenkort</h2>
      <ProjectCards cards={open} empty="Er zijn nu geen projecten in deze wijk." />
      <h2 className="text-2xl font-bold">Afgerond</h2>
      <ProjectCards cards={past} empty="Nog geen afgeronde projecten." />
    </div>
  );
}
