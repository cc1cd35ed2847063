import { INPUT_STYLES } from "@/components/forms/field";
import { BUTTON_STYLES } from "@/components/ui/button";

/** The search box above a list of accounts: a plain GET form, so it works without JavaScript. */
export function UserSearchForm({ label, query }: { label: string; query: string }) {
  return (
    <form role="search" className="flex flex-wrap items-end gap-2">
      <div className="grow">
        <label htmlFor="q" className="block font-bold">
          {label}
        </label>
        <input id="q" name="q" type="search" defaultValue={query} className={INPUT_STYLES} />
      </div>
      <button type="submit" className={BUTTON_STYLES.primary}>
        Zoeken
      </button>
    </form>
  );
}
