import { FilterSelect, type Option } from "@/components/forms/options";
import { BUTTON_STYLES } from "@/components/ui/button";

/** Filter by wijk and series with a plain GET form: works on every phone, with or without JavaScript. */
export function ActivityFilters({
  wijken,
  series,
  selected,
  tijd,
}: {
  wijken: Option[];
  series: Option[];
  selected: { wijk?: number; reeks?: number };
  tijd: string;
}) {
  return (
    <form className="grid gap-3 rounded-xl bg-brand-light p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end" aria-label="Filter de activiteiten">
      <input type="hidden" name="tijd" value={tijd} />
      <FilterSelect id="filter-wijk" name="wijk" label="Wijk" value={String(selected.wijk ?? "")} all="Alle wijken" options={wijken} />
      <FilterSelect id="filter-reeks" name="reeks" label="Reeks" value={String(selected.reeks ?? "")} all="Alle activiteiten" options={series} />
      <button type="submit" className={BUTTON_STYLES.secondary}>
        Toon
      </button>
    </form>
  );
}
