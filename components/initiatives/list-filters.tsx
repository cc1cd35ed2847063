import { INPUT_STYLES } from "@/components/forms/field";
import { BUTTON_STYLES } from "@/components/ui/button";
import type { ListFilter } from "@/lib/initiatives/schema";
import { PUBLIC_STATUSES, STATUS_LABELS } from "@/lib/initiatives/status";
import type { Option } from "./proposal-fields";

const SORT_LABELS = { nieuw: "Nieuwste eerst", steun: "Meeste steun eerst" } as const;

/** A plain GET form: works without JavaScript, and the URL of a filtered list can be shared. */
export function ListFilters({ filter, wijken, themes }: { filter: ListFilter; wijken: Option[]; themes: Option[] }) {
  const select = (id: string, label: string, value: string, options: { value: string; label: string }[], all?: string) => (
    <div>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      <select id={id} name={id} defaultValue={value} className={INPUT_STYLES}>
        {all && <option value="">{all}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form role="search" aria-label="Ideeën zoeken" className="space-y-3 rounded-xl bg-brand-light p-4">
      <div>
        <label htmlFor="q" className="block font-bold">
          Zoek een idee
        </label>
        <input id="q" name="q" type="search" defaultValue={filter.q} className={INPUT_STYLES} />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        {select("wijk", "Wijk", filter.wijk ? String(filter.wijk) : "", wijken.map((w) => ({ value: String(w.id), label: w.name })), "Alle wijken")}
        {select("thema", "Thema", filter.thema ? String(filter.thema) : "", themes.map((t) => ({ value: String(t.id), label: t.name })), "Alle thema's")}
        {select("status", "Status", filter.status ?? "", PUBLIC_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] })), "Alle")}
        {select("sort", "Volgorde", filter.sort, Object.entries(SORT_LABELS).map(([value, label]) => ({ value, label })))}
      </div>
      <button type="submit" className={BUTTON_STYLES.primary}>
        Zoeken
      </button>
    </form>
  );
}
