import { ProgressMeter } from "@/components/ui/progress-meter";
import type { PresentedFigures } from "@/lib/stats/present";

/** "In totaal 40 van 600 mensen": the second ambition as a bar, with the rounded number beside it. */
export function TrajectoryMeter({ figures }: { figures: PresentedFigures["trajectories"] }) {
  const value = typeof figures.total === "number" ? figures.total : 0;
  return (
    <ProgressMeter
      value={value}
      max={figures.goal}
      label="Mensen in een participatietraject op weg naar het doel"
      caption={`${figures.total} van ${figures.goal} mensen in een participatietraject (afgerond op tientallen)`}
    />
  );
}
