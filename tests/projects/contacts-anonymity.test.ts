import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { leaveContact } from "@/lib/projects/commands/contacts";
import { createUser } from "../support/factories";
import { createOpenProject } from "../support/projects-factory";

// Issue 24: "no answer is ever tied to that contact". A way to reach someone is kept in its own
// table, and the schema itself shows that no chain of foreign keys leads from it to an answer, nor
// from an answer to it; its only date is a day, so it cannot be lined up with an answer's time.

const sqlite = () => getDb().$client;
const ANSWER_TABLES = ["survey_responses", "survey_answers", "survey_answered", "survey_drafts", "survey_reach", "survey_links"];

/** Every table a foreign key of `table` points at, and theirs in turn. */
function reachable(start: string, edges: (table: string) => string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const table = queue.shift()!;
    for (const next of edges(table).filter((other) => !seen.has(other))) {
      seen.add(next);
      queue.push(next);
    }
  }
  return seen;
}

describe("project_contacts cannot be linked to an answer", () => {
  const tables = () => sqlite().prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  const parentsOf = (table: string) => (sqlite().prepare(`PRAGMA foreign_key_list("${table}")`).all() as { table: string }[]).map((key) => key.table);
  const childrenOf = (table: string) => tables().filter((other) => parentsOf(other).includes(table));

  it("has its own table, whose only foreign key is the project", () => {
    expect(tables()).toContain("project_contacts");
    expect(parentsOf("project_contacts")).toEqual(["projects"]);
    expect(childrenOf("project_contacts")).toEqual([]);
  });

  it("has no column for a response, an answer, a device, an account or a time", () => {
    const columns = (sqlite().prepare("PRAGMA table_info(project_contacts)").all() as { name: string }[]).map((column) => column.name);
    expect(columns.sort()).toEqual(["consent_text", "created_on", "email", "id", "phone", "project_id", "stop_token_hash"]);
  });

  it("reaches no answer table by following foreign keys, and no answer table reaches it", () => {
    const fromContacts = reachable("project_contacts", parentsOf);
    for (const table of ANSWER_TABLES) expect(fromContacts.has(table)).toBe(false);
    for (const table of ANSWER_TABLES) {
      expect(reachable(table, parentsOf).has("project_contacts")).toBe(false);
      expect(reachable(table, childrenOf).has("project_contacts")).toBe(false);
    }
  });

  it("stores the day it was left, with no time of day, and the database refuses a time", () => {
    const projectId = createOpenProject(createUser("beheerder"));
    leaveContact(getDb(), { projectId, reach: { email: "dag@voorbeeld.nl", phone: null }, ip: "10.9.9.9", baseUrl: "http://test.local" });
    const stored = sqlite().prepare("SELECT created_on, typeof(created_on) AS kind FROM project_contacts WHERE email = ?").get("dag@voorbeeld.nl") as { created_on: string; kind: string };
    expect(stored.kind).toBe("text");
    expect(stored.created_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const insert = sqlite().prepare("INSERT INTO project_contacts (project_id, email, consent_text, created_on, stop_token_hash) VALUES (?, ?, 'x', ?, ?)");
    expect(() => insert.run(projectId, "tijd@voorbeeld.nl", "2026-12-06 23:04", "h1")).toThrow(/CHECK/);
    expect(() => insert.run(projectId, "tijd@voorbeeld.nl", Date.now(), "h2")).toThrow(/CHECK/);
  });

  it("is left and stopped by code that reads no session and no survey cookie", () => {
    for (const file of ["lib/projects/actions/contact.ts", "lib/projects/commands/contacts.ts"]) {
      const source = fs.readFileSync(file, "utf8");
      expect(source).not.toMatch(/surveys\/device|deviceToken|cookies\(|getCurrentUser|survey_?(answered|responses|answers)|surveyAnswered|surveyResponses/);
    }
  });
});
