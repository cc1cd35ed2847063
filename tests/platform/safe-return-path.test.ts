import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/platform/auth/return-path";
import { siteUrl } from "@/lib/platform/site-url";

/** Where a browser would really go from the site's own page, following the value as a link. */
const followed = (value: string) => new URL(value, `${siteUrl()}/inloggen`);

// Each of these is read by a browser (or by `new URL`) as another site, or is no page at all.
const HOSTILE = [
  "/\\evil.example",
  "\\\\evil.example",
  "/\\/evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r/evil.example",
  "\t//evil.example",
  " //evil.example",
  "//evil.example",
  "///evil.example",
  "//evil.example/inloggen",
  "https://evil.example",
  "http://localhost:1/account",
  "HTTPS://evil.example/",
  "/%09/evil.example",
  "/%5Cevil.example",
  "/%2F/evil.example",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "/\u0000/evil.example",
  "/\u007f/evil.example",
  "/\u2028/evil.example",
  "evil.example",
  "account",
  "",
  "?x=1",
  "#top",
  "/@evil.example",
];

describe("the return path after sign-in", () => {
  it.each(HOSTILE)("sends %j to /account, or to a path on this site", (value) => {
    const path = safeReturnPath(value);
    expect(path.startsWith("/")).toBe(true);
    expect(followed(path).origin).toBe(siteUrl());
    expect(path).not.toMatch(/[\\\u0000-\u001f\u007f]/);
    // Nothing that was hostile in the raw value survives as a path of its own.
    expect(path).not.toMatch(/^\/\//);
  });

  it.each(HOSTILE.filter((value) => /[\\\u0000-\u001f\u007f]|^\s*\/\/|^[a-z]+:/i.test(value)))("refuses %j outright", (value) => {
    expect(safeReturnPath(value)).toBe("/account");
  });

  it("keeps a path of this site with its query and fragment", () => {
    expect(safeReturnPath("/initiatieven/12")).toBe("/initiatieven/12");
    expect(safeReturnPath("/initiatieven?q=bank&wijk=2#lijst")).toBe("/initiatieven?q=bank&wijk=2#lijst");
    expect(safeReturnPath("/account")).toBe("/account");
  });

  it("sends anything that is not a string to /account", () => {
    for (const value of [undefined, null, 1, ["/account"], { toString: () => "/account" }]) expect(safeReturnPath(value)).toBe("/account");
  });

  it("finds no hostile value among many random ones", () => {
    const pieces = ["/", "\\", "\t", "\n", "%09", "%5C", "%2F", "evil.example", ":", "@", "?", "#", ".", "..", "javascript:", "http:", " "];
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 5000; i++) {
      const value = Array.from({ length: 1 + Math.floor(random() * 6) }, () => pieces[Math.floor(random() * pieces.length)]).join("");
      const path = safeReturnPath(value);
      expect(followed(path).origin, JSON.stringify(value)).toBe(siteUrl());
      expect(path, JSON.stringify(value)).toMatch(/^\/(?!\/)/);
      expect(path, JSON.stringify(value)).not.toMatch(/[\\\u0000-\u001f\u007f]/);
    }
  });
});
