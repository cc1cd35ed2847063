import type Database from "better-sqlite3";
import { forgetKeptStatements } from "./client";

/** One SQL statement as it ran, with its parameters. */
export type Statement = { sql: string; params: unknown[] };

/** The statements `work` runs, caught at better-sqlite3's prepare (each text prepared anew: the kept statements are forgotten before and after). */
export function statementsOf(client: Database.Database, work: () => unknown): Statement[] {
  const caught: Statement[] = [];
  forgetKeptStatements(client);
  const prepare = client.prepare;
  client.prepare = function (this: Database.Database, source: string) {
    const statement = prepare.call(this, source);
    for (const method of ["all", "get", "run"] as const) {
      const original = statement[method].bind(statement) as (...params: unknown[]) => unknown;
      (statement as unknown as Record<string, unknown>)[method] = (...params: unknown[]) => {
        caught.push({ sql: source, params });
        return original(...params);
      };
    }
    return statement;
  } as typeof client.prepare;
  try {
    work();
  } finally {
    client.prepare = prepare;
    forgetKeptStatements(client);
  }
  return caught;
}

/** SQLite's plan for a statement, a step a line: "SEARCH signups USING INDEX signups_email_idx (email=?)". */
export function planOf(client: Database.Database, { sql, params }: Statement): string[] {
  return (client.prepare(`explain query plan ${sql}`).all(...params) as { detail: string }[]).map((step) => step.detail);
}
