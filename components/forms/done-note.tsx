/**
 * The answer to a write without JavaScript, shown after the redirect to the page (`?gelukt=<key>`,
 * lib/platform/forms/done-notes.ts), where the form is.
 */
export function DoneNote({ note, id }: { note: string; id?: string }) {
  return (
    <p id={id} role="status" className="rounded-lg border-2 border-brand bg-brand-light p-3 font-semibold">
      {note}
    </p>
  );
}
