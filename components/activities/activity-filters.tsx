import { INPUT_STYLES } from "@/components/forms/field";
import { BUTTON_STYLES } from "@/components/ui/button";

type Option = { id: number; name: string };

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
      <div>
        <label htmlFor="filter-wijk" className="block font-bold">
          Wijk
        </label>
        <select id="filter-wijk" name="wijk" defaultValue={selected.wijk ?? ""} className={INPUT_STYLES}>
          <option value="">Alle wijken</option>
          {wijken.map((w) => (
            <option key={w.id} value={w.id}>
              {w.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-reeks" className="block font-bold">
          Reeks
        </label>
        <select id="filter-reeks" name="reeks" defaultValue={selected.reeks ?? ""} className={INPUT_STYLES}>
          <option value="">Alle activiteiten</option>
          {series.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={BUTTON_STYLES.secondary}>
        Toon
      </button>
    </form>
  );
}
