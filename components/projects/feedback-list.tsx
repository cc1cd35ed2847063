import { OUTCOME_LABELS } from "@/lib/projects/fields";
import type { FeedbackPoint } from "@/lib/projects/queries/projects";

/** "Wat doen we ermee": each point with its outcome in words and a picture, and the reason. */
export function FeedbackList({ points, actions }: { points: FeedbackPoint[]; actions?: (point: FeedbackPoint) => React.ReactNode }) {
  if (points.length === 0) return <p>Het team schrijft hier later wat het met uw mening doet.</p>;
  return (
    <ul className="space-y-3 print:space-y-1">
      {points.map((point) => (
        <li key={point.id} className="space-y-1 rounded-xl border-2 border-gray-200 p-3 break-inside-avoid print:space-y-0 print:border print:p-1">
          <p className="font-bold">{point.topic}</p>
          <p>
            <span aria-hidden="true">{OUTCOME_LABELS[point.outcome].picture} </span>
            <strong>{OUTCOME_LABELS[point.outcome].word}.</strong> {point.reason}
          </p>
          {actions?.(point)}
        </li>
      ))}
    </ul>
  );
}
