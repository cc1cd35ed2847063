import type { TimelineEntry } from "@/lib/initiatives/detail-queries";
import { STATUS_LABELS } from "@/lib/initiatives/status";
import { formatDate } from "@/lib/format";

/** The steps the idea went through, oldest first. */
export function StatusTimeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <ol className="space-y-3 border-l-4 border-brand-light pl-4">
      {entries.map((entry, index) => (
        <li key={index}>
          <p className="font-semibold">{entry.coachChange ? "Coach gekozen" : STATUS_LABELS[entry.status]}</p>
          <p className="text-base text-muted">{formatDate(entry.at)}</p>
          {entry.note && <p className="whitespace-pre-line">{entry.note}</p>}
        </li>
      ))}
    </ol>
  );
}
