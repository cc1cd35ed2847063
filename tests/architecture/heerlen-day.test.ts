import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

describe("today is the day in Heerlen", () => {
  // Between midnight and 01:00 (02:00 in summer) the UTC date is still yesterday's: a form's
  // "Wanneer?" would say the wrong day. lib/platform/time.ts has localDay for it.
  it("no page, component or domain code takes today's date from UTC", () => {
    const utcToday = /new Date\(\)\.toISOString\(\)\.slice\(0, 10\)/;
    const found = ["app", "components", "lib"].flatMap(sourceFiles).filter((file) => utcToday.test(fs.readFileSync(path.join(root, file), "utf8")));
    expect(found).toEqual([]);
  });
});
