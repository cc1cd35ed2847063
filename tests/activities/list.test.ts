import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { listActivities, listCalendarActivities, listUpcomingActivities } from "@/lib/activities/queries/activities";
import { ACTIVITY_PAGE_SIZE } from "@/lib/activities/schema";
import { createActivityRow, createSeriesRow } from "../support/activities-factory";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = new Date(Date.UTC(2026, 10, 23, 12));
const at = (offset: number) => new Date(NOW.getTime() + offset);

let series: number;
let exhibition: number;
let endedNow: number;
let cancelled: number;

/** Activity ids in the order of the plain definition: ended or not at NOW, by start time. */
function reference(where: string, order: "asc" | "desc"): number[] {
  return getDb()
    .all<{ id: number }>(sql.raw(`select id from activities where ${where} order by starts_at ${order}`))
    .map((row) => row.id);
}

/** Every page of the list, read until a page says there is no next one. */
function allPages(filter: { past: boolean; wijkId?: number; seriesId?: number }): number[][] {
  const pages: number[][] = [];
  for (let page = 1; ; page++) {
    const { items, hasNext } = listActivities({ ...filter, page }, NOW);
    pages.push(items.map((item) => item.id));
    if (!hasNext) return pages;
  }
}

beforeAll(() => {
  series = createSeriesRow("Koffie-ochtenden lijsttest", false);
  // 45 coming and 25 past activities of three hours, in two wijken, every other one in the series.
  for (let i = 0; i < 70; i++) {
    const startsAt = at((i - 25) * DAY + HOUR);
    createActivityRow({ startsAt, endsAt: new Date(startsAt.getTime() + 3 * HOUR), signupDeadline: startsAt, wijkId: 1 + (i % 2), seriesId: i % 2 ? series : null });
  }
  // Began a month ago and is still on: the longest activity decides how far back to look.
  exhibition = createActivityRow({ startsAt: at(-30 * DAY), endsAt: at(DAY), signupDeadline: at(-31 * DAY) });
  endedNow = createActivityRow({ startsAt: at(-2 * HOUR), endsAt: NOW, signupDeadline: at(-DAY) });
  cancelled = createActivityRow({ startsAt: at(2 * HOUR), endsAt: at(4 * HOUR), signupDeadline: at(HOUR), cancelledAt: at(-DAY) });
});

describe("the public list of activities", () => {
  it("pages the coming activities by start, each once, with one that began long ago and is still on", () => {
    const pages = allPages({ past: false });
    expect(pages.slice(0, -1).every((page) => page.length === ACTIVITY_PAGE_SIZE)).toBe(true);
    expect(pages.flat()).toEqual(reference(`ends_at > ${NOW.getTime()}`, "asc"));
    expect(pages[0]![0]).toBe(exhibition);
    expect(pages.flat()).toContain(cancelled);
    expect(pages.flat()).not.toContain(endedNow);
  });

  it("pages the past activities latest first; an activity that ends now is past", () => {
    const pages = allPages({ past: true });
    expect(pages.flat()).toEqual(reference(`ends_at <= ${NOW.getTime()}`, "desc"));
    expect(pages[0]![0]).toBe(endedNow);
  });

  it("filters by wijk and series on every page", () => {
    expect(allPages({ past: false, wijkId: 2 }).flat()).toEqual(reference(`ends_at > ${NOW.getTime()} and wijk_id = 2`, "asc"));
    expect(allPages({ past: true, seriesId: series }).flat()).toEqual(reference(`ends_at <= ${NOW.getTime()} and series_id = ${series}`, "desc"));
  });

  it("gives an empty page without a next one past the end", () => {
    expect(listActivities({ past: false, page: 99 }, NOW)).toEqual({ items: [], hasNext: false });
  });

  it("shows the next ones that go ahead on the home page, and all coming ones in the calendar", () => {
    const coming = reference(`ends_at > ${NOW.getTime()}`, "asc");
    expect(listUpcomingActivities(5, NOW).map((item) => item.id)).toEqual(coming.filter((id) => id !== cancelled).slice(0, 5));
    expect(listCalendarActivities({}, NOW).map((item) => item.id)).toEqual(coming);
  });
});
