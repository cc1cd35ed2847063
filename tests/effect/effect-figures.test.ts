import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { ensureFeedbackSurveys } from "@/lib/effect/commands/feedback";
import { setMonitorRound, surveysOfYear } from "@/lib/effect/commands/monitor";
import { activityFeedback, activityFeedbackSurvey, feedbackOverview, seriesFeedback } from "@/lib/effect/queries/feedback";
import { monitorTrends } from "@/lib/effect/queries/monitor";
import { MONITOR_STATEMENTS } from "@/lib/effect/questions";
import { publicShare, SUPPRESSED, type PeopleCount } from "@/lib/stats/present";
import { saveDraftAnswer, submitOnline } from "@/lib/surveys/commands/answer";
import { createActivityRow, createSeriesRow } from "../support/activities-factory";
import { createUser } from "../support/factories";

// The small-number rule on every figure of issue 25, in the manner of
// tests/stats/small-numbers-disclosure.test.ts: nothing shown, and no difference of two things
// shown, gives a count of 1 to 4 people.

const HOUR = 60 * 60 * 1000;
let seed = 25;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
const isSafe = (count: PeopleCount) => count === 0 || count === SUPPRESSED || (typeof count === "number" && count % 5 === 0);
let device = 0;

/** One person answers `values` (by step) to the survey. */
function answer(surveyId: number, values: Record<number, string>, now: Date) {
  const who = { device: `apparaat-${++device}`, userId: null };
  for (const [step, value] of Object.entries(values)) saveDraftAnswer(getDb(), { surveyId, step: Number(step), posted: [value], who, now });
  submitOnline(getDb(), { surveyId, who, profile: {}, now });
}

describe("a share is no more telling than two rounded counts", () => {
  it("never shows a share where the part or the rest is 1 to 4 people, and depends only on the rounded counts", () => {
    const seen = new Map<string, number | null>();
    for (let whole = 0; whole <= 120; whole++) {
      for (let part = 0; part <= whole; part++) {
        const share = publicShare(part, whole);
        if (share === null) continue;
        expect([part, whole - part].some((n) => n >= 1 && n <= 4)).toBe(false);
        const key = `${Math.round(part / 5)}/${Math.round(whole / 5)}`;
        if (seen.has(key)) expect(seen.get(key)).toBe(share);
        seen.set(key, share);
      }
    }
  });
});

describe("Hoe was het? per activity and per series", () => {
  const now = new Date(Date.UTC(2026, 7, 10, 12));
  const series = createSeriesRow("BBQ-zomer test", false);
  const counts = Array.from({ length: 8 }, () => between(0, 9));
  const activityIds = counts.map((_, n) => {
    const startsAt = new Date(now.getTime() - (n + 1) * 24 * HOUR);
    return createActivityRow({ title: `BBQ ${n}`, startsAt, endsAt: new Date(startsAt.getTime() + 3 * HOUR), signupDeadline: startsAt, seriesId: n < 6 ? series : null });
  });
  getDb().transaction((tx) => ensureFeedbackSurveys(tx, now));
  activityIds.forEach((id, n) => {
    for (let i = 0; i < counts[n]!; i++) answer(activityFeedbackSurvey(getDb(), id)!, { 1: String(between(1, 5)), 2: String(between(0, 3)), 3: String(between(0, 2)) }, now);
  });

  it("shows the three questions only from 5 answers, and every count rounded", () => {
    activityIds.forEach((id, n) => {
      const summary = activityFeedback(getDb(), id)!;
      expect(summary.results === null).toBe(counts[n]! < 5);
      expect(isSafe(summary.answered)).toBe(true);
      for (const result of summary.results ?? []) for (const bar of result.bars) expect(isSafe(bar.count)).toBe(true);
    });
  });

  it("lets no difference between the series and its activities give 1 to 4", () => {
    const total = seriesFeedback(getDb(), series)!;
    const shown = [total.answered, ...activityIds.slice(0, 6).map((id) => activityFeedback(getDb(), id)!.answered)];
    for (const a of shown) for (const b of shown) if (typeof a === "number" && typeof b === "number") expect([1, 2, 3, 4]).not.toContain(Math.abs(a - b));
    const overview = feedbackOverview(getDb(), 20);
    expect(overview.series.map((row) => row.name)).toEqual(["BBQ-zomer test"]);
    expect(overview.recent.every((row) => isSafe(row.summary.answered))).toBe(true);
  });
});

describe("the buurtmonitor's figures", () => {
  const beheerder = createUser("beheerder");
  setMonitorRound(getDb(), { actorId: beheerder, year: 2024, opensOn: "2024-10-01", closesOn: "2024-10-31" });
  const now = new Date(Date.UTC(2024, 9, 10, 12));
  const wijken = surveysOfYear(getDb(), 2024).slice(0, 4);
  const sizes = wijken.map(() => between(0, 25));
  wijken.forEach((wijk, w) => {
    for (let i = 0; i < sizes[w]!; i++) {
      const values: Record<number, string> = Object.fromEntries(MONITOR_STATEMENTS.map((_, s) => [s + 1, String(between(0, 4))]));
      // Only the first wijk has people who took part: a small group.
      values[MONITOR_STATEMENTS.length + 1] = w === 0 && i < 3 ? "ja" : "nee";
      answer(wijk.surveyId, values, now);
    }
  });

  it("shows a wijk only from 10 answers, every count rounded, every share safe", () => {
    const { trends, compare } = monitorTrends(getDb());
    wijken.forEach((wijk, w) => {
      const year = trends.find((trend) => trend.wijkId === wijk.wijkId)!.years[0]!;
      expect(year.shown).toBe(sizes[w]! >= 10);
      expect(isSafe(year.answered)).toBe(true);
      if (!year.shown) expect(year.agree.every((share) => share === null)).toBe(true);
    });
    // Three who took part: a count "<5" and no share of trust for them, never per person.
    expect(compare[0]!.took).toEqual({ answered: SUPPRESSED, trust: null });
    expect(isSafe(compare[0]!.didNot.answered)).toBe(true);
  });
});
