import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { filesUnder, PROJECT_ROOT } from "../support/source-files";

// A browser or API context that a spec opens by hand stays open when an assertion before its
// close() or dispose() fails. The fixtures of e2e/support/fixtures.ts (pageAs, clientAs,
// httpClient) close theirs after every test, failed or not; specs use those. Only e2e/support/
// opens contexts itself.

/** Calls that open a context, and the import of the raw clientAs(baseURL, caller) helper. */
const OPENERS: { name: string; pattern: RegExp }[] = [
  { name: ".newContext(", pattern: /\.newContext\(/g },
  { name: "browser.newPage(", pattern: /\bbrowser\.newPage\(/g },
  { name: "clientAs from support/http", pattern: /import\s*\{[^}]*\bclientAs\b[^}]*\}\s*from\s*["'][^"']*support\/http["']/g },
  { name: "clientAs from support/http", pattern: /\.clientAs\(/g },
];

/** Where a spec must open a context itself, with the reason. */
const ALLOWED: { file: string; name: string; reason: string }[] = [
  {
    file: "e2e/platform/processes.spec.ts",
    name: ".newContext(",
    reason: "a client of the second server process that this file starts in beforeAll; every test uses it, and afterAll disposes it",
  },
];

const specFiles = () => filesUnder("e2e", /\.ts$/, ["e2e/support"]);

/** Each opener found outside e2e/support/, with "file:line: name" to show. */
function openers(): { file: string; line: number; name: string; where: string }[] {
  return specFiles().flatMap((file) => {
    const text = fs.readFileSync(path.join(PROJECT_ROOT, file), "utf8");
    return OPENERS.flatMap(({ name, pattern }) =>
      [...text.matchAll(pattern)].map((match) => {
        const line = text.slice(0, match.index).split("\n").length;
        return { file, line, name, where: `${file}:${line}: ${name}` };
      }),
    ).sort((a, b) => a.line - b.line);
  });
}

const allowed = (found: { file: string; name: string }) => ALLOWED.some((entry) => entry.file === found.file && entry.name === found.name);

describe("e2e specs open browser and API contexts only through fixtures", () => {
  it("finds the specs", () => {
    expect(specFiles().length).toBeGreaterThan(30);
  });

  it("no spec opens a context by hand outside the allow-list", () => {
    expect(openers().filter((found) => !allowed(found)).map((found) => found.where)).toEqual([]);
  });

  it("every allow-list entry is still needed", () => {
    const found = openers();
    const stale = ALLOWED.filter((entry) => !found.some((hit) => hit.file === entry.file && hit.name === entry.name));
    expect(stale).toEqual([]);
  });
});
