import { HideUpdateForm } from "@/components/updates/hide-update-form";
import type { TimelineEntry } from "@/lib/initiatives/queries/detail";
import { STATUS_LABELS } from "@/lib/initiatives/status";
import { formatDate } from "@/lib/platform/format";
import type { UpdateView } from "@/lib/updates/queries/updates";

type Item = { at: Date; step?: TimelineEntry; update?: UpdateView };

/** The steps the idea went through and the news of its initiator and coach, oldest first. */
export function StatusTimeline({ entries, updates = [], moderate }: { entries: TimelineEntry[]; updates?: UpdateView[]; moderate?: { initiativeId: number } }) {
  const items: Item[] = [...entries.map((step) => ({ at: step.at, step })), ...updates.map((update) => ({ at: update.createdAt, update }))].sort(
    (a, b) => a.at.getTime() - b.at.getTime(),
  );
  return (
    <ol className="space-y-3 border-l-4 border-brand-light pl-4">
      {items.map(({ at, step, update }, index) => (
        <li key={index} className="space-y-1">
          {step && <p className="font-semibold">{step.coachChange ? "Begeleider gekozen" : STATUS_LABELS[step.status]}</p>}
          {update && <p className="font-semibold">Nieuws van {update.authorName}</p>}
          <p className="text-base text-muted">{formatDate(at)}</p>
          {step?.note && <p className="whitespace-pre-line">{step.note}</p>}
          {update && <p className="whitespace-pre-line break-words">{update.body}</p>}
          {update?.photoUrls.map((url, n) => (
            // eslint-disable-next-line @next/next/no-img-element -- a small stored WebP, no optimiser needed
            <img key={url} src={url} alt={`Foto ${n + 1} bij het nieuws van ${formatDate(at)}`} className="w-full rounded-xl" width={1200} height={900} loading="lazy" />
          ))}
          {update && moderate && <HideUpdateForm initiativeId={moderate.initiativeId} updateId={update.id} />}
        </li>
      ))}
    </ol>
  );
}
