import path from "node:path";
import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { helpTakes } from "@/db/schema";
import { createPlaceRow } from "../support/meedoen-factory";
import { runWorkers } from "../support/workers";

const PLACES = 100;
const TAKERS = 300;
const WORKER = path.resolve("tests/support/meedoen-worker.ts");

type Result = { phone: string; takeId: number | null };

describe("places to help under load from two processes", () => {
  it(`${TAKERS} people taking ${PLACES} places at once: exactly ${PLACES} get one, the rest are told it is full`, async () => {
    const placeId = createPlaceRow(null, { places: PLACES });
    const phones = Array.from({ length: TAKERS }, (_, i) => `+3162${String(i).padStart(7, "0")}`);
    const results = await runWorkers<Result[]>(WORKER, [
      { placeId, phones: phones.filter((_, i) => i % 2 === 0) },
      { placeId, phones: phones.filter((_, i) => i % 2 === 1) },
    ]);
    const taken = results.flat().filter((r) => r.takeId !== null);
    expect(taken).toHaveLength(PLACES);
    expect(results.flat().filter((r) => r.takeId === null)).toHaveLength(TAKERS - PLACES);
    // Both processes got some: they really ran side by side.
    for (const part of results) expect(part.some((r) => r.takeId !== null)).toBe(true);
    const rows = getDb()
      .select({ id: helpTakes.id })
      .from(helpTakes)
      .where(and(eq(helpTakes.placeId, placeId), inArray(helpTakes.status, ["aangemeld", "geaccepteerd"])))
      .all();
    expect(rows).toHaveLength(PLACES);
  });
});
