import { eq, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { wijken } from "@/db/schema";

const db = () => getDb();

describe("statements kept between queries", () => {
  it("compiles a query once, however often it runs", () => {
    // Drizzle reaches the connection through the cache; spying on the connection itself counts compiles.
    const compile = vi.spyOn(db().$client, "prepare");
    try {
      for (let n = 0; n < 5; n++) db().select({ name: wijken.name }).from(wijken).where(eq(wijken.id, 1)).get();
      expect(compile.mock.calls.filter(([source]) => String(source).includes('from "wijken"')).length).toBeLessThanOrEqual(1);
    } finally {
      compile.mockRestore();
    }
  });

  it("gives each read its rows in the shape it asked for, after the same text ran as raw rows", () => {
    const text = sql`select id, name from wijken where id = ${1}`;
    // Drizzle reads a select with named columns as raw arrays; db.get with plain SQL wants objects.
    const named = db().select({ id: wijken.id, name: wijken.name }).from(wijken).where(eq(wijken.id, 1)).get();
    const plain = db().get<{ id: number; name: string }>(text);
    const again = db().get<{ id: number; name: string }>(text);
    expect(plain).toEqual(named);
    expect(again).toEqual(named);
    expect(db().values<[number, string]>(text)).toEqual([[named!.id, named!.name]]);
    expect(db().get<{ id: number; name: string }>(text)).toEqual(named);
  });

  it("leaves code that prepares its own statements with the connection itself", () => {
    const client = db().$client;
    const statement = client.prepare("select id from wijken where id = ?");
    db().values(sql`select id from wijken where id = ${1}`);
    expect(statement.get(1)).toEqual({ id: 1 });
  });
});
