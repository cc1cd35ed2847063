import { INPUT_STYLES } from "./field";

/** A choice from a list: a wijk, a theme, a series, a status. */
export type Option = { id: number | string; name: string };

/** The choices of a select: the empty choice first (when given), then one per item, by id. */
export function Options({ empty, options }: { empty?: string; options: Option[] }) {
  return (
    <>
      {empty !== undefined && <option value="">{empty}</option>}
      {options.map((option) => (
        <option key={option.id} value={String(option.id)}>
          {option.name}
        </option>
      ))}
    </>
  );
}

/** One select of a plain GET filter form, with its label; `all` is the choice that filters nothing. */
export function FilterSelect({ id, name = id, label, value, all, options }: { id: string; name?: string; label: string; value: string; all?: string; options: Option[] }) {
  return (
    <div>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className={INPUT_STYLES}>
        <Options empty={all} options={options} />
      </select>
    </div>
  );
}
