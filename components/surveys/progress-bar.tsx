/** "Vraag 2 van 5" with a bar: the words say it, the bar shows it. */
export function ProgressBar({ step, total }: { step: number; total: number }) {
  return (
    <div className="space-y-1">
      <p className="font-bold">
        Vraag {step} van {total}
      </p>
      <div className="h-3 rounded-full bg-gray-200" aria-hidden="true">
        <div className="h-3 rounded-full bg-brand" style={{ width: `${Math.round((step / total) * 100)}%` }} />
      </div>
    </div>
  );
}
