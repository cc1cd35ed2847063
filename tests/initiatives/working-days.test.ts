import { describe, expect, it } from "vitest";
import { addWorkingDays } from "@/lib/initiatives/working-days";

describe("addWorkingDays", () => {
  it("skips the weekend", () => {
    // Friday 2026-11-20 + 5 working days = Friday 2026-11-27; Saturday counts from Monday.
    expect(addWorkingDays(new Date("2026-11-20T10:00:00Z"), 5).toISOString()).toBe("2026-11-27T10:00:00.000Z");
    expect(addWorkingDays(new Date("2026-11-21T10:00:00Z"), 5).toISOString()).toBe("2026-11-27T10:00:00.000Z");
    expect(addWorkingDays(new Date("2026-11-23T10:00:00Z"), 5).toISOString()).toBe("2026-11-30T10:00:00.000Z");
  });
});
