import type { QuestionResult } from "@/lib/surveys/queries/results";

type Result = Pick<QuestionResult, "answered" | "bars"> & { question: { prompt: string } };

/** One question's answers as bars with the number beside each; "<5" where fewer than 5 chose it. */
export function ResultBars({ result, unit = "antwoorden" }: { result: Result; unit?: "antwoorden" | "stemmen" }) {
  return (
    <figure className="space-y-2 break-inside-avoid print:space-y-0">
      <figcaption className="font-bold">
        {result.question.prompt} <span className="font-normal">({result.answered} {unit})</span>
      </figcaption>
      <ul className="space-y-1 print:space-y-0">
        {result.bars.map((bar) => (
          <li key={bar.label} className="grid grid-cols-[minmax(7rem,40%)_1fr_3.5rem] items-center gap-2">
            <span>
              {bar.picture && <span aria-hidden="true">{bar.picture} </span>}
              {bar.label}
            </span>
            <span className="h-6 rounded bg-gray-100 print:h-3 print:border print:border-gray-400" aria-hidden="true">
              <span className="block h-6 rounded bg-brand print:h-3 print:bg-gray-600" style={{ width: `${Math.round(bar.share * 100)}%` }} />
            </span>
            <span className="text-right font-bold">{bar.count}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
