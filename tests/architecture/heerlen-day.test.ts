import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { filesUnder, PROJECT_ROOT } from "../support/source-files";

describe("today is the day in Heerlen", () => {
  // Between midnight and 01:00 (02:00 in summer) the UTC date is still yesterday's: a form's
  // "Wanneer?" would say the wrong day. lib/platform/time.ts has localDay for it.
  it("no page, component or domain code takes today's date from UTC", () => {
    const utcToday = /new Date\(\)\.toISOString\(\)\.slice\(0, 10\)/;
    const found = ["app", "components", "lib"].flatMap((dir) => filesUnder(dir, /\.tsx?$/)).filter((file) => utcToday.test(fs.readFileSync(path.join(PROJECT_ROOT, file), "utf8")));
    expect(found).toEqual([]);
  });
});
