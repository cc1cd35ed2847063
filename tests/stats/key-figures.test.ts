import { describe, expect, it } from "vitest";
import { keyFigures } from "@/lib/stats/queries/key-figures";
import type { PresentedFigures } from "@/lib/stats/present";

type Trend = PresentedFigures["trend"];
const month = (i: number, proposed: number, attended: number | "<5"): Trend[number] => ({
  month: `2026-${String(i + 1).padStart(2, "0")}`,
  proposed,
  backings: 0,
  signedUp: 0,
  attended,
});

function figuresWith(trend: Trend): PresentedFigures {
  return {
    goal: { count: 40, goal: 150 },
    participants: { total: 120 },
    attendance: { came: 300 },
    meedoen: { total: { hours: null } },
    trend,
  } as unknown as PresentedFigures;
}

describe("the key figures", () => {
  it("compare the last three months with the three before", () => {
    const trend = Array.from({ length: 12 }, (_, i) => month(i, i < 6 ? 0 : i < 9 ? 2 : 5, 10));
    const [residents, ideas, people] = keyFigures(figuresWith(trend));
    expect(residents).toMatchObject({ value: 120, change: null });
    expect(ideas).toMatchObject({ label: "Ideeën op weg naar 150", value: 40, change: { now: 15, before: 6 } });
    expect(people).toMatchObject({ value: 300, change: { now: 30, before: 30 } });
  });

  it("show the hours given at places to help, and \"<5\" where too few people gave them", () => {
    expect(keyFigures(figuresWith([])).at(-1)).toMatchObject({ label: "Uren geholpen", value: "<5", change: null });
    const figures = { ...figuresWith([]), meedoen: { total: { hours: 35 } } } as unknown as PresentedFigures;
    expect(keyFigures(figures).at(-1)!.value).toBe(35);
  });

  it("show no change where a month is too small to publish", () => {
    const trend = Array.from({ length: 12 }, (_, i) => month(i, 1, i === 10 ? "<5" : 10));
    expect(keyFigures(figuresWith(trend))[2]!.change).toBeNull();
  });
});
