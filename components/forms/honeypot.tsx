import { HONEYPOT_FIELD } from "@/lib/platform/forms/honeypot";

/**
 * The honeypot of a public form: off screen, out of the tab order, hidden from screen readers and
 * never autofilled, so only a bot fills it in. The server then silently writes nothing.
 */
export function Honeypot() {
  return (
    <div aria-hidden="true" className="absolute -left-[10000px] top-auto h-px w-px overflow-hidden">
      <label htmlFor={HONEYPOT_FIELD}>Laat dit veld leeg</label>
      <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
