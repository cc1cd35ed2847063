import { FilterSelect, type Option } from "@/components/forms/options";
import { BUTTON_STYLES } from "@/components/ui/button";

/** Filter by wijk and by "this week" with a plain GET form: works without JavaScript. */
export function PlaceFilters({ wijken, selected }: { wijken: Option[]; selected: { wijk?: number; week?: string } }) {
  return (
    <form className="grid gap-3 rounded-xl bg-brand-light p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end" aria-label="Filter de plekken">
      <FilterSelect id="filter-wijk" name="wijk" label="Wijk" value={String(selected.wijk ?? "")} all="Alle wijken" options={wijken} />
      <FilterSelect id="filter-week" name="week" label="Wanneer" value={selected.week ?? ""} all="Altijd" options={[{ id: "deze", name: "Deze week" }]} />
      <button type="submit" className={BUTTON_STYLES.secondary}>
        Toon
      </button>
    </form>
  );
}
