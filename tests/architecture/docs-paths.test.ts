import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// A file or folder the README and docs/ name (`lib/…`, `e2e/…`, `tests/…`, …) must exist: a moved
// file is caught here, not by a newcomer who follows the link. Globs and placeholders are skipped.

const root = path.resolve(import.meta.dirname, "../..");
const TOP = "(?:app|components|lib|db|drizzle|e2e|tests|scripts|bench|docs|public)";
const PATH = new RegExp(`(?<![\\w./-])(${TOP}/[\\w./\\[\\]()@-]*[\\w\\]/)])`, "g");

function documents(): string[] {
  return ["README.md", ...fs.readdirSync(path.join(root, "docs")).map((name) => `docs/${name}`)].filter((file) => file.endsWith(".md"));
}

function namedPaths(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), "utf8");
  const inCode = [...text.matchAll(/`([^`\n]+)`/g)].map((match) => match[1]!);
  return inCode.flatMap((code) => [...code.matchAll(PATH)].map((match) => match[1]!.replace(/[.)]+$/, "")));
}

// Placeholders and patterns in the text, not paths: <domain>, *, {a,b}, …, "#anchor", ":line".
const isPattern = (named: string) => /[<>*{}…]|\.\.\.|:\d/.test(named) || named.includes("[id]/...") || /\bNAME\b/.test(named);

describe("the docs name files that exist", () => {
  for (const file of documents()) {
    it(file, () => {
      const missing = namedPaths(file)
        .filter((named) => !isPattern(named))
        .map((named) => named.split("#")[0]!.replace(/\/$/, ""))
        .filter((named) => !fs.existsSync(path.join(root, named)));
      expect([...new Set(missing)]).toEqual([]);
    });
  }
});

describe("the README lists every document", () => {
  it("links each file in docs/", () => {
    const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
    const unlisted = documents().filter((file) => file.startsWith("docs/") && !readme.includes(`](${file})`));
    expect(unlisted).toEqual([]);
  });
});
