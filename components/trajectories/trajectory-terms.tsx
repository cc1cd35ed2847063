import type { TrajectoryKind } from "@/db/enums";
import { KIND_LABELS, LADDER_STEPS } from "@/lib/trajectories/fields";
import { formatDay } from "@/lib/trajectories/format";

type Terms = { startsOn: string; plannedEndOn: string; kind: TrajectoryKind; hoursPerWeek: number; clientGroup: string; startStep: number };

/** What was agreed at the start, as list items: the coach's file and the client's own view show the same. */
export function TrajectoryTerms({ terms }: { terms: Terms }) {
  return (
    <>
      <li>
        Van {formatDay(terms.startsOn)} tot {formatDay(terms.plannedEndOn)}
      </li>
      <li>
        {KIND_LABELS[terms.kind]}, {terms.hoursPerWeek} uur per week, groep {terms.clientGroup}
      </li>
      <li>Ladder bij de start: {LADDER_STEPS[terms.startStep]}</li>
    </>
  );
}
