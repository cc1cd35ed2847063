import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { activities, activitySeries, backings, helpPlaces, helpTakes, initiatives, initiativeStatusChanges, paperBackings, signups, trajectories, trajectoryReviews, trajectoryTally } from "@/db/schema";
import { tablesToLongCsv } from "@/lib/stats/csv";
import { computeFigures } from "@/lib/stats/figures";
import { parseStatsFilter } from "@/lib/stats/filters";
import { presentFigures, SUPPRESSED, TRAJECTORY_SUPPRESSED, type PresentedFigures } from "@/lib/stats/present";
import { figureTables } from "@/lib/stats/tables";
import { createUser } from "../support/factories";

/**
 * Everything a visitor can read on /cijfers, /api/v1/stats and /api/v1/stats.csv, over every
 * filter they can choose on random data, and every difference they can take between what is
 * published: none may give a count of 1 to 4 people.
 */

const NOW = Date.UTC(2026, 10, 20, 12);
const DAY = 86_400_000;
const WIJKEN = [1, 2, 3];
let seed = 20261126;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
/** A day in 2026 up to NOW, at noon. */
const someDay = () => new Date(Date.UTC(2026, 0, 1, 12) + between(0, 320) * DAY);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const activityDays = new Set<string>();

beforeAll(() => {
  const db = getDb();
  const residents = Array.from({ length: 30 }, (_, i) => createUser("bewoner", `Rnd ${i}`));
  const ideas = Array.from({ length: 14 }, (_, i) => {
    const submitted = someDay();
    const id = db
      .insert(initiatives)
      .values({ title: `Idee ${i}`, pitch: "P", wijkId: pick(WIJKEN), themeId: between(1, 4), initiatorId: pick(residents), status: "zoekt_steun", submittedAt: submitted, publishedAt: submitted })
      .returning({ id: initiatives.id })
      .get().id;
    db.insert(initiativeStatusChanges).values({ initiativeId: id, fromStatus: "ingediend", toStatus: "zoekt_steun", createdAt: submitted }).run();
    return id;
  });
  for (const id of ideas) {
    for (const userId of residents.filter(() => random() < 0.2)) db.insert(backings).values({ initiativeId: id, userId, helpOffered: random() < 0.3, createdAt: someDay() }).run();
    if (random() < 0.5) db.insert(paperBackings).values({ initiativeId: id, count: between(1, 9), createdAt: someDay() }).run();
  }
  const series = ["BBQ", "Koffie"].map((name) => db.insert(activitySeries).values({ name }).returning({ id: activitySeries.id }).get().id);
  for (let i = 0; i < 16; i++) {
    const start = someDay();
    activityDays.add(iso(start.getTime()));
    const activityId = db
      .insert(activities)
      .values({ title: `Act ${i}`, wijkId: pick(WIJKEN), address: "Plein", startsAt: start, endsAt: new Date(start.getTime() + 3_600_000), places: 40, signupDeadline: start, seriesId: random() < 0.7 ? pick(series) : null })
      .returning({ id: activities.id })
      .get().id;
    // From none to a handful of people: many small counts, as in a real neighbourhood.
    for (let s = 0; s < between(0, 5); s++) {
      const userId = random() < 0.5 ? pick(residents) : null;
      db.insert(signups).values({
        activityId, userId, name: "G", email: `g${i}-${s}@x.nl`, partySize: between(1, 3), status: "bevestigd",
        checkedInAt: random() < 0.6 ? start : null,
      }).run();
    }
    if (random() < 0.4) db.insert(signups).values({ activityId, name: "Binnen", email: null, partySize: between(1, 4), status: "bevestigd", checkedInAt: start, isWalkIn: true }).run();
  }
  // Places to help with a few helpers each, and participation trajectories: some open, some ended
  // (up a step, to paid work, stopped), some already removed to the anonymous tally.
  for (let i = 0; i < 14; i++) {
    const start = someDay();
    activityDays.add(iso(start.getTime()));
    const placeId = db.insert(helpPlaces).values({ task: `Plek ${i}`, wijkId: pick(WIJKEN), address: "Plein", startsAt: start, endsAt: new Date(start.getTime() + between(1, 4) * 3_600_000), places: between(1, 4), hostName: "H" }).returning({ id: helpPlaces.id }).get().id;
    residents.filter(() => random() < 0.1).forEach((userId) => {
      db.insert(helpTakes).values({ placeId, userId, name: "V", status: pick(["aangemeld", "geaccepteerd", "afgewezen"] as const), came: random() < 0.5 ? true : null }).run();
    });
  }
  for (let i = 0; i < 23; i++) {
    const ended = random() < 0.4;
    const id = db.insert(trajectories).values({
      clientId: pick(residents), coachId: null, startsOn: iso(someDay().getTime()), plannedEndOn: "2027-12-31", hoursPerWeek: 8, kind: "vrijwillig", clientGroup: "D", startStep: 2,
      consentText: "T", consentAt: new Date(NOW), consentByName: "C", nextReviewOn: "2027-01-01",
      endedOn: ended ? "2026-10-01" : null, outcome: ended ? pick(["trede_omhoog", "betaald_werk", "gestopt"] as const) : null,
    }).returning({ id: trajectories.id }).get().id;
    if (random() < 0.3) db.insert(trajectoryReviews).values({ trajectoryId: id, on: "2026-09-01", step: 3 }).run();
  }
  for (let i = 0; i < 4; i++) db.insert(trajectoryTally).values({ startedMonth: "2025-01", endedMonth: "2025-12", steppedUp: random() < 0.5, paidWork: random() < 0.3 }).run();
});

/** Every filter a visitor can choose that shows something different on this data. */
function filters(): Record<string, string>[] {
  const periods: Record<string, string>[] = [{}];
  for (let month = 0; month < 11; month++) {
    const first = Date.UTC(2026, month, 1);
    const last = Date.UTC(2026, month + 1, 0);
    periods.push({ van: iso(first), tot: iso(last) }, { tot: iso(last) }, { van: iso(first) });
  }
  // One day, and everything but that day on either side: the classic way to isolate one activity.
  for (const day of activityDays) {
    const at = Date.parse(day);
    periods.push({ van: day, tot: day }, { tot: iso(at - DAY) }, { van: iso(at + DAY) });
  }
  return [undefined, ...WIJKEN].flatMap((wijk) => periods.map((period) => (wijk ? { ...period, wijk: String(wijk) } : period)));
}

type Published = { view: string; measure: string; value: number | typeof SUPPRESSED };

/** Every count of people in one public view, named so that the same figure in other views matches. */
function peopleCounts(view: string, figures: PresentedFigures): Published[] {
  const out: Published[] = [];
  const add = (measure: string, value: number | string) => out.push({ view, measure, value: value as Published["value"] });
  const attendance = (prefix: string, row: { signedUp: number | string; came: number | string; walkIns: number | string }) => {
    add(`${prefix}.signedUp`, row.signedUp);
    add(`${prefix}.came`, row.came);
    add(`${prefix}.walkIns`, row.walkIns);
  };
  for (const row of figures.byWijk) add(`wijk:${row.wijk}.backings`, row.backings);
  for (const [key, value] of Object.entries(figures.backings)) add(`backings.${key}`, value);
  for (const row of figures.activities) attendance(`activity:${row.id}`, row);
  for (const row of figures.series) attendance(`series:${row.series}`, row);
  attendance("attendance", figures.attendance);
  for (const [key, value] of Object.entries(figures.participants)) add(`participants.${key}`, value);
  for (const row of [figures.meedoen.total, ...figures.meedoen.byWijk, ...figures.meedoen.byMonth]) {
    const key = "wijk" in row ? `meedoen:${row.wijk}` : "month" in row ? `meedoen:${row.month}` : "meedoen";
    add(`${key}.taken`, row.taken);
    add(`${key}.came`, row.came);
  }
  for (const row of figures.trend) {
    add(`trend:${row.month}.backings`, row.backings);
    add(`trend:${row.month}.signedUp`, row.signedUp);
    add(`trend:${row.month}.attended`, row.attended);
  }
  return out;
}

/** A total and the rows it is the sum of, as published in one view. */
function sums(figures: PresentedFigures): { total: Published["value"]; parts: Published["value"][] }[] {
  const attendanceKeys = ["signedUp", "came", "walkIns"] as const;
  return [
    ...attendanceKeys.map((key) => ({ total: figures.attendance[key], parts: figures.activities.map((row) => row[key]) })),
    ...attendanceKeys.map((key) => ({ total: figures.attendance[key], parts: figures.series.map((row) => row[key]) })),
    ...figures.series.flatMap((series) =>
      attendanceKeys.map((key) => ({ total: series[key], parts: figures.activities.filter((row) => (row.series ?? "Losse activiteiten") === series.series).map((row) => row[key]) })),
    ),
    { total: figures.backings.online, parts: figures.byWijk.map((row) => row.backings) },
    { total: figures.meedoen.total.taken, parts: figures.meedoen.byWijk.map((row) => row.taken) },
    { total: figures.meedoen.total.came, parts: figures.meedoen.byWijk.map((row) => row.came) },
  ];
}

describe("the public figures cannot be subtracted back to 1 to 4 people", () => {
  // Counted once for all the checks below: every view is the same each time.
  let counted: { view: string; exact: ReturnType<typeof computeFigures>; shown: PresentedFigures }[] | undefined;
  const views = () =>
    (counted ??= filters().map((params) => {
      const exact = computeFigures(parseStatsFilter(params), NOW);
      return { view: new URLSearchParams(params).toString() || "(alles)", exact, shown: presentFigures(exact, "publiek") };
    }));

  it("covers many views with small counts in them, so the test can find something", () => {
    const all = views();
    expect(all.length).toBeGreaterThan(100);
    const small = all.flatMap(({ exact }) => exact.activities.map((row) => row.came)).filter((n) => n >= 1 && n <= 4);
    expect(small.length).toBeGreaterThan(10);
  });

  it("publishes no count of 1 to 4, and no total minus its shown rows gives one", () => {
    for (const { view, shown } of views()) {
      for (const { measure, value } of peopleCounts(view, shown)) expect(typeof value === "number" && value >= 1 && value <= 4, `${view} ${measure}`).toBe(false);
      for (const { total, parts } of sums(shown)) {
        if (typeof total !== "number") continue;
        const shownParts = parts.filter((part): part is number => typeof part === "number");
        const hidden = total - shownParts.reduce((sum, part) => sum + part, 0);
        expect(hidden >= 1 && hidden <= 4, `${view}: ${total} minus ${shownParts.join("+")} = ${hidden}`).toBe(false);
      }
    }
  });

  it("gives no difference of 1 to 4 between any two published counts, in one view or across filters", () => {
    // Same figure with and without a wijk, a period a day shorter, two rows of one table: every
    // pair a visitor can subtract is among these values.
    const values = [...new Set(views().flatMap(({ view, shown }) => peopleCounts(view, shown).map((p) => p.value)).filter((v): v is number => typeof v === "number"))];
    for (const a of values) for (const b of values) expect(a - b >= 1 && a - b <= 4, `${a} - ${b}`).toBe(false);
  });

  it("derives the share that did not come from counts rounded like the published ones only", () => {
    for (const { view, shown } of views()) {
      for (const row of [shown.attendance, ...shown.series]) {
        if (row.noShowRate === null || typeof row.signedUp !== "number") continue;
        // The rate is 1 - came/signedUp over activities that are over (at most the published
        // signedUp, rounded to 5 at most 2 down): both counts behind it must be multiples of 5,
        // or the rate would pin down people the rounded counts hide.
        const rate = row.noShowRate;
        const candidates = Array.from({ length: row.signedUp / 5 + 1 }, (_, i) => 5 * (i + 1));
        const fits = candidates.some((signedUp) => Math.abs(Math.round(rate * signedUp / 5) * 5 - rate * signedUp) < 1e-9);
        expect(fits, `${view}: ${rate} of at most ${row.signedUp}`).toBe(true);
      }
    }
  });

  it("the CSV and JSON carry the same public numbers, and the alliance keeps the exact ones", () => {
    const exact = computeFigures(parseStatsFilter({}), NOW);
    const csv = tablesToLongCsv(figureTables(presentFigures(exact, "publiek")));
    for (const line of csv.trim().split("\r\n").slice(1)) {
      const [table, , , value] = line.split(",");
      if (["steun", "deelnemers", "reeksen", "activiteiten", "trend"].includes(table!) && /^\d+$/.test(value ?? "")) {
        // Counts of initiatives in the trend ("Ideeën ingediend") are not people and stay exact.
        if (line.includes("Ideeën") || line.includes("Activiteiten") || line.includes("Plekken")) continue;
        expect(Number(value) % 5, line).toBe(0);
      }
    }
    const alliance = presentFigures(exact, "alliantie");
    expect(alliance.attendance.came).toBe(exact.attendance.came);
    expect(alliance.participants).toEqual(exact.participants);
  });
});

/** Every trajectory figure of one view, for either audience. */
function trajectoryValues(figures: PresentedFigures): (number | string | null)[] {
  const t = figures.trajectories;
  return [t.now, t.total, t.steppedUp, t.paidWork, t.hoursThisMonth];
}

describe("trajectory figures: no cell under 10, and no combination gives one away", () => {
  let counted: { view: string; shown: PresentedFigures }[] | undefined;
  const views = () =>
    (counted ??= filters().flatMap((params) => {
      const exact = computeFigures(parseStatsFilter(params), NOW);
      return (["alliantie", "publiek"] as const).map((audience) => ({ view: `${audience} ${new URLSearchParams(params).toString()}`, shown: presentFigures(exact, audience) }));
    }));

  it("has small exact counts behind them, so the rule has something to hide", () => {
    const exact = computeFigures(parseStatsFilter({}), NOW).trajectories;
    expect(exact.total).toBeGreaterThanOrEqual(20);
    expect([exact.steppedUp, exact.paidWork].some((n) => n >= 1 && n <= 9)).toBe(true);
  });

  it("shows each as 0, \"<10\" or a multiple of ten, for the alliance too; the public sees the total only", () => {
    for (const { view, shown } of views()) {
      for (const value of trajectoryValues(shown)) {
        if (value === null || value === TRAJECTORY_SUPPRESSED) continue;
        expect(typeof value === "number" && value % 10 === 0, `${view}: ${value}`).toBe(true);
      }
      if (view.startsWith("publiek")) expect(trajectoryValues(shown).filter((v) => v !== null), view).toEqual([shown.trajectories.total]);
    }
  });

  it("gives no difference of 1 to 9 between any two published trajectory figures, over every filter and audience", () => {
    const values = [...new Set(views().flatMap(({ shown }) => trajectoryValues(shown)).filter((v): v is number => typeof v === "number"))];
    for (const a of values) for (const b of values) expect(a - b >= 1 && a - b <= 9, `${a} - ${b}`).toBe(false);
  });

  it("the CSVs carry the same rounded trajectory numbers", () => {
    const exact = computeFigures(parseStatsFilter({}), NOW);
    for (const audience of ["alliantie", "publiek"] as const) {
      const csv = tablesToLongCsv(figureTables(presentFigures(exact, audience)));
      const lines = csv.split("\r\n").filter((line) => line.startsWith("trajecten,"));
      expect(lines.length, audience).toBeGreaterThan(0);
      for (const line of lines) {
        const value = line.split(",").at(-1)!;
        expect(value === "" || value === TRAJECTORY_SUPPRESSED || Number(value) % 10 === 0, line).toBe(true);
      }
    }
  });
});
