import { describe, expect, it } from "vitest";
import { standOn, timeline, type DatedPhase } from "@/lib/projects/phases";
import { localDay } from "@/lib/platform/time";

const PHASES: DatedPhase[] = [
  { phase: "meedenken", startsOn: "2027-03-01", endsOn: "2027-03-31" },
  { phase: "informeren", startsOn: "2027-02-01", endsOn: "2027-02-20" },
  { phase: "terugkoppelen", startsOn: "2027-04-10", endsOn: "2027-04-30" },
];

describe("the current phase follows from the dates", () => {
  it("is the phase whose days include today, first and last day included", () => {
    expect(standOn(PHASES, "2027-02-01")).toEqual({ kind: "fase", phase: "informeren" });
    expect(standOn(PHASES, "2027-03-15")).toEqual({ kind: "fase", phase: "meedenken" });
    expect(standOn(PHASES, "2027-03-31")).toEqual({ kind: "fase", phase: "meedenken" });
    expect(standOn(PHASES, "2027-04-30")).toEqual({ kind: "fase", phase: "terugkoppelen" });
  });

  it("between two phases stays with the one that started last; before the first it is coming, after the last done", () => {
    expect(standOn(PHASES, "2027-02-25")).toEqual({ kind: "fase", phase: "informeren" });
    expect(standOn(PHASES, "2027-04-05")).toEqual({ kind: "fase", phase: "meedenken" });
    expect(standOn(PHASES, "2027-01-31")).toEqual({ kind: "komt" });
    expect(standOn(PHASES, "2027-05-01")).toEqual({ kind: "klaar" });
    expect(standOn([], "2027-05-01")).toEqual({ kind: "komt" });
  });

  it("draws the timeline in date order with past, now and coming", () => {
    expect(timeline(PHASES, "2027-03-02").map((p) => [p.phase, p.when])).toEqual([
      ["informeren", "voorbij"],
      ["meedenken", "nu"],
      ["terugkoppelen", "straks"],
    ]);
  });

  it("takes today on the clocks of Heerlen, not in UTC", () => {
    // 23:30 UTC on 31 March is already 1 April in Heerlen (summer time, UTC+2).
    expect(localDay(new Date("2027-03-31T23:30:00Z"))).toBe("2027-04-01");
    expect(localDay(new Date("2027-01-10T22:59:00Z"))).toBe("2027-01-10");
  });
});
