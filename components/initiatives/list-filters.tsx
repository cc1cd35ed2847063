import { INPUT_STYLES } from "@/components/forms/field";
import { FilterSelect, type Option } from "@/components/forms/options";
import { BUTTON_STYLES } from "@/components/ui/button";
import type { ListFilter } from "@/lib/initiatives/schema";
import { PUBLIC_STATUSES, STATUS_LABELS } from "@/lib/initiatives/status";

const SORT_LABELS = { nieuw: "Nieuwste eerst", steun: "Meeste steun eerst" } as const;

/** A plain GET form: works without JavaScript, and the URL of a filtered list can be shared. */
export function ListFilters({ filter, wijken, themes }: { filter: ListFilter; wijken: Option[]; themes: Option[] }) {
  return (
    <form role="search" aria-label="Ideeën zoeken" className="space-y-3 rounded-xl bg-brand-light p-4">
      <div>
        <label htmlFor="q" className="block font-bold">
          Zoek een idee
        </label>
        <input id="q" name="q" type="search" defaultValue={filter.q} className={INPUT_STYLES} />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <FilterSelect id="wijk" label="Wijk" value={filter.wijk ? String(filter.wijk) : ""} all="Alle wijken" options={wijken} />
        <FilterSelect id="thema" label="Thema" value={filter.thema ? String(filter.thema) : ""} all="Alle thema's" options={themes} />
        <FilterSelect id="status" label="Status" value={filter.status ?? ""} all="Alle" options={PUBLIC_STATUSES.map((s) => ({ id: s, name: STATUS_LABELS[s] }))} />
        <FilterSelect id="sort" label="Volgorde" value={filter.sort} options={Object.entries(SORT_LABELS).map(([id, name]) => ({ id, name }))} />
      </div>
      <button type="submit" className={BUTTON_STYLES.primary}>
        Zoeken
      </button>
    </form>
  );
}
