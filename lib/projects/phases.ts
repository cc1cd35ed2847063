import type { ProjectPhase } from "@/db/enums";

export type DatedPhase = { phase: ProjectPhase; startsOn: string; endsOn: string };

/** Where a project stands: before its first phase, in a phase, or done after the last. */
export type Stand = { kind: "komt" } | { kind: "fase"; phase: ProjectPhase } | { kind: "klaar" };

/**
 * The current phase follows from the dates alone: the phase whose days include today; between two
 * phases, the one that started last (its work goes on until the next begins); before the first
 * "komt", after the end of the last "klaar". Phases are taken in order of their start.
 */
export function standOn(phases: DatedPhase[], today: string): Stand {
  const sorted = [...phases].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const started = sorted.filter((phase) => phase.startsOn <= today);
  const last = sorted.at(-1);
  if (!last || started.length === 0) return { kind: "komt" };
  if (today > last.endsOn) return { kind: "klaar" };
  const within = started.findLast((phase) => today <= phase.endsOn);
  return { kind: "fase", phase: (within ?? started.at(-1)!).phase };
}

/** Each phase as past, now or coming, for the timeline. */
export function timeline(phases: DatedPhase[], today: string): (DatedPhase & { when: "voorbij" | "nu" | "straks" })[] {
  const stand = standOn(phases, today);
  return [...phases]
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn))
    .map((phase) => ({
      ...phase,
      when: stand.kind === "fase" && stand.phase === phase.phase ? "nu" : phase.startsOn > today ? "straks" : "voorbij",
    }));
}

/** Where the keuze stands: it is open during the kiezen days and closed after them; no kiezen phase, no keuze. */
export type PollStand = "geen" | "komt" | "open" | "gesloten";

export function pollStand(phases: DatedPhase[], today: string): PollStand {
  const kiezen = phases.find((phase) => phase.phase === "kiezen");
  if (!kiezen) return "geen";
  if (today < kiezen.startsOn) return "komt";
  return today > kiezen.endsOn ? "gesloten" : "open";
}
