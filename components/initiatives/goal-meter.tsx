import { ProgressMeter } from "@/components/ui/progress-meter";
import type { GoalProgress } from "@/lib/stats/queries/goal";

/** "x van 150 initiatieven": the programme's goal as a bar. */
export function GoalMeter({ progress }: { progress: GoalProgress }) {
  return (
    <ProgressMeter
      value={progress.count}
      max={progress.goal}
      label="Initiatieven op weg naar het doel"
      caption={`${progress.count} van ${progress.goal} initiatieven`}
    />
  );
}
