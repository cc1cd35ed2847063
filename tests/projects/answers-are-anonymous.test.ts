import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";

// No join from an answer to a person can exist: not as a foreign key, not as a column that holds
// an account, a sign-up or a way to reach someone.
const ANSWER_TABLES = ["surveys", "survey_questions", "survey_responses", "survey_answers", "survey_answered", "survey_drafts", "survey_reach"];
const PERSONAL_TABLES = ["users", "accounts", "sessions", "signups", "project_follows", "project_members", "project_contacts", "mail_outbox", "sms_outbox"];
const PERSONAL_COLUMN = /user|account|email|mail|phone|name|contact|signup|ip|session|created_at|updated_at/i;

const sqlite = () => getDb().$client;

describe("survey answers cannot be linked to an account or a contact", () => {
  it("every survey table is in the schema", () => {
    const tables = sqlite().prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    for (const table of ANSWER_TABLES) expect(tables.map((t) => t.name)).toContain(table);
  });

  for (const table of ANSWER_TABLES) {
    it(`${table} has no foreign key to a personal table`, () => {
      const keys = sqlite().prepare(`PRAGMA foreign_key_list(${table})`).all() as { table: string }[];
      for (const key of keys) expect(PERSONAL_TABLES).not.toContain(key.table);
      for (const key of keys) expect(key.table).toMatch(/^(surveys|survey_questions|survey_responses)$/);
    });
  }

  // The rows that stand for one person's answers (the survey and its questions are the team's).
  for (const table of ["survey_responses", "survey_answers", "survey_answered", "survey_reach"]) {
    it(`${table} has no column that could name a person or a moment`, () => {
      const columns = (sqlite().prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
      expect(columns.filter((name) => PERSONAL_COLUMN.test(name))).toEqual([]);
    });
  }

  it("the has-answered marker holds no response id, and a response holds no marker", () => {
    const columns = (table: string) => (sqlite().prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
    expect(columns("survey_answered").sort()).toEqual(["survey_id", "who_hash"]);
    expect(columns("survey_responses").sort()).toEqual(["day", "id", "source", "survey_id"]);
    // Wijk and age group are counts apart from the answers: no row stands for one response.
    expect(columns("survey_reach").sort()).toEqual(["age_group", "count", "survey_id", "wijk_id"]);
  });
});
