import { Icon } from "@/components/ui/icon";
import { formatDay } from "@/lib/projects/dates";
import { PHASE_LABELS, PHASE_MEANING } from "@/lib/projects/fields";
import type { Phase } from "@/lib/projects/queries/projects";
import { timeline } from "@/lib/projects/phases";
import { localDay } from "@/lib/platform/time";

const WHEN = {
  voorbij: { word: "Klaar", style: "border-gray-300 bg-white text-muted" },
  nu: { word: "Nu bezig", style: "border-brand bg-brand-light font-bold" },
  straks: { word: "Komt nog", style: "border-gray-300 border-dashed bg-white" },
} as const;

/** The phases as steps on a line, each with its state in words (not only colour) and its dates. */
export function PhaseTimeline({ phases, now = new Date() }: { phases: Phase[]; now?: Date }) {
  if (phases.length === 0) return <p>De planning volgt nog.</p>;
  return (
    <ol className="space-y-2" aria-label="Planning van het project">
      {timeline(phases, localDay(now)).map((phase, n) => {
        const when = WHEN[phase.when];
        return (
          <li key={phase.phase} className={`flex gap-3 rounded-xl border-2 p-3 ${when.style}`} aria-current={phase.when === "nu" ? "step" : undefined}>
            <span aria-hidden="true" className="flex h-10 w-10 shrink-0 items-center justify-center rounded-full border-2 border-current text-xl">
              {/* A drawn tick, not a "✓" character: axe can only check the contrast of real text. */}
              {phase.when === "voorbij" ? <Icon name="check" className="h-5 w-5" /> : n + 1}
            </span>
            <span className="space-y-1">
              <span className="block text-xl">
                {PHASE_LABELS[phase.phase]} <span className="text-lg">({when.word})</span>
              </span>
              <span className="block">{PHASE_MEANING[phase.phase]}</span>
              <span className="block text-base">
                {formatDay(phase.startsOn)} tot en met {formatDay(phase.endsOn)}
              </span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
