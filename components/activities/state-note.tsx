/** Why an activity is not on the website: calm while it waits for a buurtwerker, red otherwise. */
export function StateNote({ text, waiting }: { text: string; waiting: boolean }) {
  return (
    <p className={waiting ? "rounded-lg border-2 border-brand bg-brand-light p-3 font-semibold" : "rounded-lg border-2 border-danger bg-red-50 p-3 font-semibold text-danger"}>
      {text}
    </p>
  );
}
