import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { planOf, statementsOf } from "@/db/explain";
import { listActivities, listOwnSignups, listUpcomingActivities } from "@/lib/activities/queries/activities";
import { photoVisibility } from "@/lib/initiatives/queries/detail";
import { listNewestPublished, listPublished } from "@/lib/initiatives/queries/lists";
import { listFilterSchema } from "@/lib/initiatives/schema";
import { computeFigures } from "@/lib/stats/figures";
import { parseStatsFilter } from "@/lib/stats/filters";
import { goalProgress } from "@/lib/stats/queries/goal";
import { createUser } from "../support/factories";

// The pages that every visitor opens must cost the same with ten times the data: each reads one
// page from an index in list order, or looks up a few rows. These plans are what keeps it so; a
// query that no longer matches its index would quietly read everything again.

/** The plan of every statement `work` runs, one string per statement. */
const plans = (work: () => unknown) => statementsOf(getDb().$client, work).map((statement) => planOf(getDb().$client, statement).join(" / "));
const list = (query: Record<string, string>) => plans(() => listPublished(listFilterSchema.parse(query)));

describe("query plans of the public pages", () => {
  it("reads one page of initiatives from a public index in list order, and counts from it", () => {
    for (const [query, index] of [
      [{}, "initiatives_public_newest_idx"],
      [{ wijk: "3" }, "initiatives_public_wijk_idx"],
      [{ thema: "2" }, "initiatives_public_theme_idx"],
      [{ sort: "steun" }, "initiatives_public_support_idx"],
    ] as const) {
      const [page, total] = list(query);
      expect(page).toContain(index);
      expect(page).not.toContain("TEMP B-TREE");
      expect(total).toMatch(/USING (COVERING )?INDEX initiatives_public_/);
    }
    expect(plans(() => listNewestPublished(5))[0]).toMatch(/^SCAN initiatives USING INDEX initiatives_public_newest_idx/);
    expect(plans(() => goalProgress())[0]).toMatch(/USING (COVERING )?INDEX initiatives_public_/);
  });

  it("starts reading activities near now, not at the first one ever held", () => {
    for (const work of [() => listUpcomingActivities(5), () => listActivities({ past: false, page: 1 })]) {
      const [plan] = plans(work);
      expect(plan).toContain("activities_starts_idx (starts_at>?)");
      expect(plan).toContain("activities_duration_idx");
    }
    expect(plans(() => listActivities({ past: true, page: 1 }))[0]).toContain("activities_starts_idx (starts_at<?)");
  });

  it("finds a resident's sign-ups by account and by address through indexes", () => {
    const resident = createUser();
    const [plan] = plans(() => listOwnSignups(resident));
    expect(plan).toContain("MULTI-INDEX OR");
    expect(plan).toContain("signups_email_idx (email=?)");
  });

  it("never reads every user, nor every initiative of a wijk per person, for the figures", () => {
    for (const query of [{}, { wijk: "5" }]) {
      for (const plan of plans(() => computeFigures(parseStatsFilter(query)))) {
        expect(plan).not.toMatch(/SCAN users( \/|$)/);
        expect(plan).not.toContain("backings_one_per_resident (initiative_id=? AND user_id=?)");
      }
    }
  });
});

describe("indexes for lookups that are not pages", () => {
  it("every column that points at a user has an index, so deleting an account reads no whole table", () => {
    const sqlite = getDb().$client;
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'").pluck().all() as string[];
    const unindexed: string[] = [];
    for (const table of tables) {
      const leading = new Set(
        (sqlite.pragma(`index_list(${table})`) as { name: string; partial: number }[])
          .filter((index) => !index.partial)
          .map((index) => (sqlite.pragma(`index_info(${index.name})`) as { name: string }[])[0]?.name),
      );
      for (const key of sqlite.pragma(`foreign_key_list(${table})`) as { table: string; from: string }[]) {
        if (key.table === "users" && !leading.has(key.from)) unindexed.push(`${table}.${key.from}`);
      }
    }
    expect(tables).toContain("audit_log");
    expect(unindexed).toEqual([]);
  });

  it("finds the idea a photo belongs to through its index", () => {
    const [plan] = plans(() => photoVisibility("a".repeat(32) + ".webp", null));
    expect(plan).toContain("initiatives_photo_idx (photo_path=?)");
  });
});
