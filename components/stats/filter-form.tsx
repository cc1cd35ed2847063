import Link from "next/link";
import { INPUT_STYLES } from "@/components/forms/field";
import { FilterSelect } from "@/components/forms/options";
import { BUTTON_STYLES } from "@/components/ui/button";
import type { StatsFilterInput } from "@/lib/stats/filters";

type Props = { action: string; input: StatsFilterInput; wijken: { id: number; name: string }[]; collapsible?: boolean };

/**
 * A plain GET form: the filters live in the URL, so a filtered view can be shared. Collapsible
 * (a native details element) where most readers only want the totals.
 */
export function FilterForm({ collapsible = false, ...props }: Props) {
  if (!collapsible) return <FilterFields {...props} />;
  const active = Boolean(props.input.van || props.input.tot || props.input.wijk);
  return (
    <details open={active} className="rounded-xl border-2 border-brand-light">
      <summary className="flex min-h-12 cursor-pointer items-center px-4 font-bold">Kies een periode of een wijk</summary>
      <FilterFields {...props} />
    </details>
  );
}

function FilterFields({ action, input, wijken }: Omit<Props, "collapsible">) {
  return (
    <form action={action} method="get" className="grid gap-3 rounded-xl border-2 border-brand-light p-4 sm:grid-cols-3">
      <div>
        <label htmlFor="van" className="block font-bold">
          Vanaf
        </label>
        <input id="van" name="van" type="date" defaultValue={input.van} className={INPUT_STYLES} />
      </div>
      <div>
        <label htmlFor="tot" className="block font-bold">
          Tot en met
        </label>
        <input id="tot" name="tot" type="date" defaultValue={input.tot} className={INPUT_STYLES} />
      </div>
      <FilterSelect id="wijk" label="Wijk" value={input.wijk ? String(input.wijk) : ""} all="Alle wijken" options={wijken} />
      <div className="flex flex-wrap items-center gap-4 sm:col-span-3">
        <button type="submit" className={BUTTON_STYLES.primary}>
          Toon cijfers
        </button>
        <Link href={action} className="inline-flex min-h-11 items-center">
          Alle cijfers, zonder filter
        </Link>
      </div>
    </form>
  );
}
