import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";

// The one-time links of "Hoe was het?" know the sign-up until the link is used, and never the
// answer: read from the schema, as tests/projects/answers-are-anonymous.test.ts does for surveys.
const ANSWER_TABLES = ["survey_responses", "survey_answers", "survey_answered", "survey_reach"];

const sqlite = () => getDb().$client;
const keysOf = (table: string) => sqlite().prepare(`PRAGMA foreign_key_list(${table})`).all() as { table: string; from: string }[];
const columnsOf = (table: string) => (sqlite().prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name).sort();

describe("a stored answer leads to no sign-up", () => {
  it("a survey link holds only a hash and its survey", () => {
    expect(columnsOf("survey_links")).toEqual(["survey_id", "token_hash"]);
    expect(keysOf("survey_links").map((key) => key.table)).toEqual(["surveys"]);
  });

  it("the invite ties the sign-up to the link's hash only, and goes with either", () => {
    expect(columnsOf("feedback_invites")).toEqual(["created_at", "signup_id", "token_hash"]);
    expect(keysOf("feedback_invites").map((key) => key.table).sort()).toEqual(["signups", "survey_links"]);
  });

  for (const table of ANSWER_TABLES) {
    it(`${table} points at neither an invite nor a link`, () => {
      for (const key of keysOf(table)) expect(["feedback_invites", "survey_links", "signups", "monitor_surveys"]).not.toContain(key.table);
      expect(columnsOf(table).filter((name) => /token|link|invite|signup/.test(name))).toEqual([]);
    });
  }

  it("the monitor knows a wijk per survey, not per person", () => {
    expect(columnsOf("monitor_surveys")).toEqual(["survey_id", "wijk_id", "year"]);
    expect(columnsOf("monitor_rounds")).toEqual(["closes_at", "created_at", "invited_at", "opens_at", "year"]);
  });
});
